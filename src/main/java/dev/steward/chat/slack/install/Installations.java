package dev.steward.chat.slack.install;

import java.security.GeneralSecurityException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Slack installations Steward serves, stored with their bot tokens encrypted, and found by workspace for both
 * Slack's requests and Steward's own sends; a short cache answers in front of {@code slack_installation}.
 */
public class Installations {

	private static final Logger log = LoggerFactory.getLogger(Installations.class);

	private static final String COLUMNS = "install_key, enterprise_id, team_id, team_name, enterprise_install, app_id, "
			+ "bot_user_id, bot_token, token_key_id, scopes, installer_user_id, installed_at";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TokenCipher cipher;

	private final Cache<String, Optional<Installation>> byWorkspace;

	private final Cache<String, Optional<Installation>> byKey;

	Installations(JdbcClient jdbc, TransactionTemplate transactions, TokenCipher cipher, InstallProperties properties) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.cipher = cipher;
		this.byWorkspace = Caffeine.newBuilder()
			.expireAfterWrite(properties.tokenCacheTtl())
			.maximumSize(10_000)
			.build();
		this.byKey = Caffeine.newBuilder().expireAfterWrite(properties.tokenCacheTtl()).maximumSize(10_000).build();
	}

	/**
	 * The installation that serves a workspace: its own, else its organisation's org-wide one, which is remembered for
	 * the workspace so Steward's later sends there find it too. Bolt asks this for every request.
	 */
	public Optional<Installation> find(String enterpriseId, String teamId) {
		if (teamId != null) {
			Optional<Installation> own = forWorkspace(teamId);
			if (own.isPresent()) {
				return own;
			}
		}
		if (enterpriseId == null) {
			return Optional.empty();
		}
		Optional<Installation> org = byKey(enterpriseId).filter(Installation::orgWide);
		if (org.isPresent() && teamId != null && !teamId.equals(enterpriseId)) {
			rememberOrgWorkspace(teamId, enterpriseId);
			byWorkspace.put(teamId, org);
		}
		return org;
	}

	/** The installation whose token sends to the workspace: its own, or its organisation's. */
	public Optional<Installation> forWorkspace(String teamId) {
		return byWorkspace.get(teamId, (key) -> byKey(teamId).filter((installation) -> !installation.orgWide())
			.or(() -> jdbc.sql("select enterprise_id from slack_org_workspace where team_id = :team")
				.param("team", teamId)
				.query(String.class)
				.optional()
				.flatMap((enterprise) -> byKey(enterprise).filter(Installation::orgWide))));
	}

	/** The installation stored under the key (a workspace's team id, or an organisation's enterprise id). */
	public Optional<Installation> byKey(String key) {
		return byKey.get(key, (k) -> jdbc.sql("select " + COLUMNS + " from slack_installation where install_key = :key")
			.param("key", k)
			.query(this::row)
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst());
	}

	/** Stores the installation, replacing the one under the same key, its token encrypted with the current key. */
	public void save(Installation installation) {
		String key = installation.key();
		transactions.executeWithoutResult((status) -> {
			jdbc.sql("delete from slack_installation where install_key = :key").param("key", key).update();
			jdbc.sql("insert into slack_installation (" + COLUMNS + ") values (:key, :enterprise, :team, :name, :org, "
					+ ":app, :botUser, :token, :keyId, :scopes, :installer, :at)")
				.param("key", key)
				.param("enterprise", installation.enterpriseId())
				.param("team", installation.teamId())
				.param("name", installation.teamName())
				.param("org", installation.orgWide())
				.param("app", installation.appId())
				.param("botUser", installation.botUserId())
				.param("token", cipher.seal(installation.botToken(), key))
				.param("keyId", cipher.currentKey())
				.param("scopes", String.join(",", installation.scopes()))
				.param("installer", installation.installerUserId())
				.param("at", installation.installedAt().atOffset(ZoneOffset.UTC))
				.update();
		});
		forgetCached();
	}

	/**
	 * Forgets the installation that served the workspace (or the organisation, for an org-wide one) and its token,
	 * after Slack said it was uninstalled or its token revoked; true when there was one.
	 */
	public boolean remove(String enterpriseId, String teamId, boolean orgWide) {
		String key = orgWide ? enterpriseId : teamId;
		if (key == null) {
			return false;
		}
		int removed = transactions.execute((status) -> {
			if (orgWide) {
				jdbc.sql("delete from slack_org_workspace where enterprise_id = :key").param("key", key).update();
			}
			return jdbc.sql("delete from slack_installation where install_key = :key and enterprise_install = :org")
				.param("key", key)
				.param("org", orgWide)
				.update();
		});
		forgetCached();
		return removed > 0;
	}

	/** The workspaces an org-wide install was seen serving, so they can be enabled again on a reinstall. */
	public List<String> workspacesOf(String enterpriseId) {
		return jdbc.sql("select team_id from slack_org_workspace where enterprise_id = :enterprise order by team_id")
			.param("enterprise", enterpriseId)
			.query(String.class)
			.list();
	}

	/**
	 * Encrypts again, with the current key, every token stored under an older one that is still configured; returns
	 * how many. Replicas doing it at once write the same result, since each row is changed only from its old key.
	 */
	public int encryptWithCurrentKey() {
		List<String[]> stale = jdbc.sql("select install_key, bot_token, token_key_id from slack_installation "
				+ "where token_key_id <> :current")
			.param("current", cipher.currentKey())
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list();
		int done = 0;
		for (String[] row : stale) {
			String key = row[0];
			if (!cipher.knows(row[2])) {
				log.warn("The bot token of Slack installation {} is encrypted with key '{}', which is not in "
						+ "steward.slack.install.token-keys: put the key back, or install Steward there again", key,
						row[2]);
				continue;
			}
			try {
				String token = cipher.open(row[1], row[2], key);
				done += jdbc.sql("update slack_installation set bot_token = :token, token_key_id = :current "
						+ "where install_key = :key and token_key_id = :old")
					.param("token", cipher.seal(token, key))
					.param("current", cipher.currentKey())
					.param("key", key)
					.param("old", row[2])
					.update();
			}
			catch (GeneralSecurityException ex) {
				log.warn("The bot token of Slack installation {} does not open with key '{}': {}", key, row[2],
						ex.getMessage());
			}
		}
		forgetCached();
		return done;
	}

	private void forgetCached() {
		byWorkspace.invalidateAll();
		byKey.invalidateAll();
	}

	private void rememberOrgWorkspace(String teamId, String enterpriseId) {
		jdbc.sql("insert into slack_org_workspace (team_id, enterprise_id) values (:team, :enterprise) "
				+ "on conflict do nothing")
			.param("team", teamId)
			.param("enterprise", enterpriseId)
			.update();
	}

	/** A stored installation, or null when its token cannot be opened (said once per read, as a WARN). */
	private Installation row(ResultSet rs, int n) throws SQLException {
		String key = rs.getString("install_key");
		String token;
		try {
			token = cipher.open(rs.getString("bot_token"), rs.getString("token_key_id"), key);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			log.warn("Cannot open the bot token of Slack installation {} ({}); Steward treats it as not installed "
					+ "until the key is configured again or the workspace installs Steward again", key, ex.getMessage());
			return null;
		}
		String scopes = rs.getString("scopes");
		return new Installation(rs.getString("enterprise_id"), rs.getString("team_id"), rs.getString("team_name"),
				rs.getBoolean("enterprise_install"), rs.getString("app_id"), rs.getString("bot_user_id"), token,
				scopes.isEmpty() ? List.of() : Arrays.asList(scopes.split(",")), rs.getString("installer_user_id"),
				rs.getObject("installed_at", OffsetDateTime.class).toInstant());
	}

}
