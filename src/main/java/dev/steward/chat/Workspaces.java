package dev.steward.chat;

import java.time.Instant;
import java.time.ZoneOffset;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The workspaces that removed Steward (uninstalled it, or revoked its token), to which nothing is sent until they use
 * Steward again; every send asks, so a short Caffeine cache answers in front of {@code workspace_status}.
 */
@Component
public class Workspaces {

	private final JdbcClient jdbc;

	private final Cache<String, Boolean> disabled;

	public Workspaces(JdbcClient jdbc, ProfileProperties properties) {
		this.jdbc = jdbc;
		this.disabled = Caffeine.newBuilder()
			.expireAfterWrite(properties.workspaceStatusTtl())
			.maximumSize(10_000)
			.build();
	}

	/** Whether the workspace removed Steward; another replica's change shows within the cache's time to live. */
	public boolean isDisabled(Platform platform, String workspaceId) {
		return disabled.get(key(platform, workspaceId), (key) -> jdbc
			.sql("select count(*) from workspace_status where platform = :platform and workspace_id = :workspace")
			.param("platform", platform.name())
			.param("workspace", workspaceId)
			.query(Long.class)
			.single() > 0);
	}

	/** Stops sends to the workspace; disabling it again keeps the first time and reason. */
	public void disable(Platform platform, String workspaceId, String reason, Instant at) {
		jdbc.sql("insert into workspace_status (platform, workspace_id, disabled_at, reason) "
				+ "values (:platform, :workspace, :at, :reason) on conflict do nothing")
			.param("platform", platform.name())
			.param("workspace", workspaceId)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("reason", reason)
			.update();
		disabled.put(key(platform, workspaceId), Boolean.TRUE);
	}

	/** Lets sends to the workspace go out again. */
	public void enable(Platform platform, String workspaceId) {
		jdbc.sql("delete from workspace_status where platform = :platform and workspace_id = :workspace")
			.param("platform", platform.name())
			.param("workspace", workspaceId)
			.update();
		disabled.put(key(platform, workspaceId), Boolean.FALSE);
	}

	private static String key(Platform platform, String workspaceId) {
		return platform.key() + ":" + workspaceId;
	}

}
