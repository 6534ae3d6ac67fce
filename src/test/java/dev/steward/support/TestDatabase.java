package dev.steward.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties every table between tests that share one application context. */
public final class TestDatabase {

	private static final String[] TABLES = { "digest_sent", "digest_team", "digest_subscription", "delivery",
			"webhook_subscription", "api_token_team", "api_token", "escalation_record", "goal_focus",
			"goal_impediment", "lesson", "value_goal", "sprint", "impediment_helper", "impediment_link",
			"impediment_reporter",
			"impediment_event", "impediment_standup", "impediment_pause", "impediment", "standup_score", "standup_answer",
			"standup_entry", "standup_run", "standup_member", "standup_optional", "standup", "escalation_policy",
			"team_calendar", "team_holiday", "member_leave", "calendar_feed", "member", "team", "processed_event",
			"sandbox_message", "teams_conversation", "teams_user", "workspace_status", "rate_budget" };

	private TestDatabase() {
	}

	public static void clean(JdbcClient jdbc) {
		for (String table : TABLES) {
			jdbc.sql("delete from " + table).update();
		}
	}

}
