package dev.steward.chat.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The local sandbox chat.
 *
 * @param enabled whether it runs; when not set, it runs whenever no real platform (Slack, Teams) is configured
 * @param secret what every {@code /sandbox/api} request must carry in {@code X-Steward-Sandbox-Secret}, from
 * {@code STEWARD_SANDBOX_SECRET}; required when the sandbox runs next to a real platform
 */
@ConfigurationProperties("steward.sandbox")
record SandboxProperties(Boolean enabled, String secret) {

	boolean hasSecret() {
		return StringUtils.hasText(secret);
	}

	/** Never prints the secret. */
	@Override
	public String toString() {
		return "SandboxProperties[enabled=" + enabled + ", secret=" + (hasSecret() ? "(set)" : "(not set)") + "]";
	}

}
