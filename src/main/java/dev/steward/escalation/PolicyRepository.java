package dev.steward.escalation;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each team's ladder; a team without one uses {@link LadderPolicy#defaults()}. */
@Repository
class PolicyRepository {

	private final JdbcClient jdbc;

	PolicyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	LadderPolicy policy(long teamId) {
		return jdbc.sql("select * from escalation_policy where team_id = :team")
			.param("team", teamId)
			.query((rs, row) -> new LadderPolicy(LadderPolicy.readRungs(rs.getString("rungs")),
					rs.getInt("high_severity_percent"), rs.getInt("goal_percent"), rs.getString("escalation_channel"),
					Arrays.stream(rs.getString("stakeholders").split(",")).filter((id) -> !id.isBlank()).toList()))
			.optional()
			.orElseGet(LadderPolicy::defaults);
	}

	void save(long teamId, LadderPolicy policy) {
		jdbc.sql("delete from escalation_policy where team_id = :team").param("team", teamId).update();
		jdbc.sql("insert into escalation_policy (team_id, rungs, high_severity_percent, goal_percent, "
				+ "escalation_channel, stakeholders) values (:team, :rungs, :high, :goal, :channel, :stakeholders)")
			.param("team", teamId)
			.param("rungs", policy.spec())
			.param("high", policy.highSeverityPercent())
			.param("goal", policy.goalPercent())
			.param("channel", policy.escalationChannel())
			.param("stakeholders", String.join(",", policy.stakeholders()))
			.update();
	}

}
