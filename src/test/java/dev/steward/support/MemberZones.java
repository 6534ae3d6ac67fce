package dev.steward.support;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/** Waits for what adding members causes: their zones, looked up from the Slack stub, stored on their rows. */
final class MemberZones {

	private MemberZones() {
	}

	/** Returns once each of the users the stub knows a zone for has it stored as a member of the channel's team. */
	static void awaitLookedUp(JdbcClient jdbc, SlackStub slack, String channel, List<String> users) {
		for (String userId : users) {
			slack.zoneOf(userId)
				.ifPresent((zone) -> await().until(() -> jdbc
					.sql("select m.time_zone from member m join team t on t.id = m.team_id "
							+ "where t.channel_id = :channel and m.user_id = :user")
					.param("channel", channel)
					.param("user", userId)
					.query(String.class)
					.optional()
					.filter(zone::equals)
					.isPresent()));
		}
	}

}
