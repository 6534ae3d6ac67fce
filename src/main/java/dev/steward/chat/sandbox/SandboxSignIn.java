package dev.steward.chat.sandbox;

import java.util.List;

import dev.steward.chat.Platform;
import dev.steward.dashboard.LocalSignIn;
import dev.steward.dashboard.Viewer;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

/**
 * Lets one sign in to the dashboard as one of the demo people: only while the sandbox runs and no real platform is
 * configured, even when the sandbox is turned on beside one.
 */
@Component
@Conditional(SandboxSignIn.Alone.class)
class SandboxSignIn implements LocalSignIn {

	@Override
	public List<Viewer> people() {
		return SandboxDirectory.USERS.stream()
			.map((user) -> new Viewer(Platform.SANDBOX, SandboxDirectory.WORKSPACE, user.id(), user.name()))
			.toList();
	}

	/** Matches when the sandbox runs and Slack and Teams are not configured. */
	static final class Alone extends SandboxEnabled {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return super.matches(context, metadata) && !realPlatformConfigured(context.getEnvironment());
		}

	}

}
