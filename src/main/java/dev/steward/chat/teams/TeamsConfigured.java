package dev.steward.chat.teams;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when a Teams app id is configured, or the adapter is switched on explicitly for local use. */
class TeamsConfigured implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		return StringUtils.hasText(environment.getProperty("steward.teams.app-id"))
				|| Boolean.parseBoolean(environment.getProperty("steward.teams.enabled", "false").strip());
	}

}
