package dev.steward.digest;

import java.util.List;

import dev.steward.chat.Platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which teams a person follows through a digest in their own DM, for features that show stakeholders those teams. */
@Component
public class DigestFollowers {

	private final JdbcClient jdbc;

	DigestFollowers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The ids of the teams the person's own digests follow. */
	public List<Long> teamsFollowedBy(Platform platform, String workspaceId, String userId) {
		return jdbc.sql("select distinct t.team_id from digest_team t join digest_subscription s "
				+ "on s.id = t.subscription_id where s.platform = :platform and s.workspace_id = :workspace "
				+ "and s.kind = 'DIRECT' and s.target_id = :user order by t.team_id")
			.param("platform", platform.name())
			.param("workspace", workspaceId)
			.param("user", userId)
			.query(Long.class)
			.list();
	}

}
