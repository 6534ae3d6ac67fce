package dev.steward.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import dev.steward.chat.Platform;
import dev.steward.dashboard.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: made with 32 random bytes and kept only as a SHA-256 hash (the token is shown once), found
 * by the hash of what a request presents, and revoked by their owner.
 */
@Component
public class ApiTokens {

	/** What every token starts with, so a leaked one is easy to recognise and to scan for. */
	static final String PREFIX = "stw_";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Makes a token for the owner, scoped to the teams; returns it with the token itself, which is never kept. */
	@Transactional
	public Created create(Viewer owner, String name, List<Long> teamIds, boolean canWrite, Duration lifetime) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into api_token (platform, workspace_id, user_id, user_name, name, token_hash, shown_prefix, "
				+ "can_write, created_at, expires_at) values (:platform, :workspace, :user, :userName, :name, :hash, "
				+ ":shown, :write, :now, :expires)")
			.param("platform", owner.platform().name())
			.param("workspace", owner.workspaceId())
			.param("user", owner.userId())
			.param("userName", owner.name())
			.param("name", name)
			.param("hash", hash(token))
			.param("shown", token.substring(0, 10))
			.param("write", canWrite)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("expires", (lifetime != null) ? now.plus(lifetime).atOffset(ZoneOffset.UTC) : null)
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		for (Long team : teamIds) {
			jdbc.sql("insert into api_token_team (token_id, team_id) values (:token, :team)")
				.param("token", id)
				.param("team", team)
				.update();
		}
		return new Created(find(id).orElseThrow(), token);
	}

	/** The owner's tokens, newest first, revoked ones included. */
	public List<ApiToken> of(Viewer owner) {
		return jdbc.sql("select * from api_token where platform = :platform and workspace_id = :workspace "
				+ "and user_id = :user order by created_at desc, id desc")
			.param("platform", owner.platform().name())
			.param("workspace", owner.workspaceId())
			.param("user", owner.userId())
			.query(this::token)
			.list();
	}

	/** Revokes the owner's token; false when they have no such token. */
	public boolean revoke(Viewer owner, long id) {
		return jdbc.sql("update api_token set revoked_at = :now where id = :id and platform = :platform "
				+ "and workspace_id = :workspace and user_id = :user and revoked_at is null")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.param("platform", owner.platform().name())
			.param("workspace", owner.workspaceId())
			.param("user", owner.userId())
			.update() == 1;
	}

	/** The token a request presented, if it is one of Steward's and still works; its use is noted. */
	Optional<ApiToken> authenticate(String presented) {
		if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Optional<ApiToken> found = jdbc.sql("select * from api_token where token_hash = :hash")
			.param("hash", hash(presented))
			.query(this::token)
			.optional()
			.filter((token) -> token.worksAt(now));
		found.ifPresent((token) -> jdbc.sql("update api_token set last_used_at = :now where id = :id")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("id", token.id())
			.update());
		return found;
	}

	private Optional<ApiToken> find(long id) {
		return jdbc.sql("select * from api_token where id = :id").param("id", id).query(this::token).optional();
	}

	private ApiToken token(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<Long> teams = jdbc.sql("select team_id from api_token_team where token_id = :id order by team_id")
			.param("id", id)
			.query(Long.class)
			.list();
		return new ApiToken(id, new Viewer(Platform.valueOf(rs.getString("platform")), rs.getString("workspace_id"),
				rs.getString("user_id"), rs.getString("user_name")), rs.getString("name"),
				rs.getString("shown_prefix"), rs.getBoolean("can_write"), teams, instant(rs, "created_at"),
				instant(rs, "expires_at"), instant(rs, "revoked_at"), instant(rs, "last_used_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available in this JVM", ex);
		}
	}

	/**
	 * A token just made.
	 *
	 * @param token what is stored
	 * @param secret the token itself, to show once; never printed
	 */
	public record Created(ApiToken token, String secret) {

		@Override
		public String toString() {
			return "Created[token=" + token + ", secret=(not shown)]";
		}

	}

}
