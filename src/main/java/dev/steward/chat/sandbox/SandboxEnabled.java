package dev.steward.chat.sandbox;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when the sandbox should run: as {@code steward.sandbox.enabled} says, or else whenever no real platform
 * (Slack bot token, Teams app id) is configured.
 */
class SandboxEnabled implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		String explicit = environment.getProperty("steward.sandbox.enabled");
		if (StringUtils.hasText(explicit)) {
			return Boolean.parseBoolean(explicit.strip());
		}
		return !realPlatformConfigured(environment);
	}

	/** Whether Slack (a bot token or a client id) or Teams (an app id) is configured. */
	static boolean realPlatformConfigured(Environment environment) {
		return StringUtils.hasText(environment.getProperty("steward.slack.bot-token"))
				|| StringUtils.hasText(environment.getProperty("steward.slack.install.client-id"))
				|| StringUtils.hasText(environment.getProperty("steward.teams.app-id"));
	}

}
