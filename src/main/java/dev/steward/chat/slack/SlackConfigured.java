package dev.steward.chat.slack;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when Slack is configured: a bot token for one workspace, or a client id for workspaces that install it. */
class SlackConfigured implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return configured(context.getEnvironment());
	}

	static boolean configured(Environment environment) {
		return StringUtils.hasText(environment.getProperty("steward.slack.bot-token"))
				|| StringUtils.hasText(environment.getProperty("steward.slack.install.client-id"));
	}

	static boolean socketMode(Environment environment) {
		return StringUtils.hasText(environment.getProperty("steward.slack.app-token"));
	}

	/** Matches when Slack is on and its requests come to {@code /slack/events}. */
	static final class OverHttp extends SlackConfigured {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return super.matches(context, metadata) && !socketMode(context.getEnvironment());
		}

	}

	/** Matches when Slack is on and its requests come over Socket Mode, an app-level token being set. */
	static final class OverSocketMode extends SlackConfigured {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return super.matches(context, metadata) && socketMode(context.getEnvironment());
		}

	}

}
