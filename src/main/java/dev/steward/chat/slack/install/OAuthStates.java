package dev.steward.chat.slack.install;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code state} of each "Add to Slack" flow under way, kept in the database so any replica can finish a flow
 * another began: created with a lifetime, and accepted once, only before it ends.
 */
class OAuthStates {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration lifetime;

	private final SecureRandom random = new SecureRandom();

	OAuthStates(JdbcClient jdbc, Clock clock, Duration lifetime) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.lifetime = lifetime;
	}

	/** A new state, good for the lifetime; states that ended are swept away on the way. */
	String create() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("delete from slack_oauth_state where expires_at < :now")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		jdbc.sql("insert into slack_oauth_state (state, expires_at) values (:state, :expires)")
			.param("state", state)
			.param("expires", clock.instant().plus(lifetime).atOffset(ZoneOffset.UTC))
			.update();
		return state;
	}

	/** Accepts the state if it was created here and has not ended or been used; it cannot be used again. */
	boolean consume(String state) {
		if (state == null || state.isBlank() || state.length() > 64) {
			return false;
		}
		return jdbc.sql("delete from slack_oauth_state where state = :state and expires_at > :now")
			.param("state", state)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	Duration lifetime() {
		return lifetime;
	}

}
