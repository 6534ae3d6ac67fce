package dev.steward.chat.slack.install;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.support.StorageTest;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Installations keep bot tokens encrypted, bound to their own row, and move to a new key without anyone installing
 * again; an organisation-wide install serves the workspaces it was seen in.
 */
class InstallationsStorageTest extends StorageTest {

	private static final String K1 = "k1:" + key(1);

	private static final String K2 = "k2:" + key(2);

	@BeforeEach
	void empty() {
		jdbc.sql("delete from slack_installation").update();
		jdbc.sql("delete from slack_org_workspace").update();
	}

	@Test
	void storesTheBotTokenEncryptedAndReadsItBack() {
		installations(K1).save(workspace("T1", "xoxb-secret-1"));

		assertThat(jdbc.sql("select bot_token from slack_installation").query(String.class).single())
			.doesNotContain("xoxb")
			.doesNotContain("secret");
		assertThat(installations(K1).forWorkspace("T1")).get()
			.satisfies((found) -> assertThat(found.botToken()).isEqualTo("xoxb-secret-1"))
			.satisfies((found) -> assertThat(found.installerUserId()).isEqualTo("U1"));
		assertThat(installations(K1).forWorkspace("T2")).isEmpty();
	}

	@Test
	void aTokenCopiedOntoAnotherInstallationDoesNotOpen() {
		Installations store = installations(K1);
		store.save(workspace("T1", "xoxb-one"));
		store.save(workspace("T2", "xoxb-two"));

		jdbc.sql("update slack_installation set bot_token = (select bot_token from slack_installation "
				+ "where install_key = 'T1') where install_key = 'T2'").update();

		assertThat(installations(K1).forWorkspace("T2")).isEmpty();
		assertThat(installations(K1).forWorkspace("T1")).isPresent();
	}

	@Test
	void encryptsEveryTokenAgainWithANewKeySoTheOldKeyCanGo() {
		installations(K1).save(workspace("T1", "xoxb-one"));
		installations(K1).save(workspace("T2", "xoxb-two"));

		assertThat(installations(K2, K1).encryptWithCurrentKey()).isEqualTo(2);

		assertThat(jdbc.sql("select distinct token_key_id from slack_installation").query(String.class).list())
			.containsExactly("k2");
		assertThat(installations(K2).forWorkspace("T2")).get()
			.satisfies((found) -> assertThat(found.botToken()).isEqualTo("xoxb-two"));
		assertThat(installations(K1).forWorkspace("T2")).as("readable only with the new key").isEmpty();
		assertThat(installations(K2, K1).encryptWithCurrentKey()).as("nothing left to move").isZero();
	}

	@Test
	void anOrganisationWideInstallServesEachWorkspaceItWasSeenIn() {
		Installations store = installations(K1);
		store.save(new Installation("E1", null, "Acme", true, "A1", "UBOT", "xoxb-org", List.of("chat:write"), "U1",
				Instant.parse("2026-11-30T09:00:00Z")));

		assertThat(store.forWorkspace("T7")).as("not seen yet").isEmpty();
		assertThat(store.find("E1", "T7")).get().satisfies((found) -> assertThat(found.botToken()).isEqualTo("xoxb-org"));

		assertThat(installations(K1).forWorkspace("T7")).get().satisfies((found) -> assertThat(found.orgWide()).isTrue());
		assertThat(store.workspacesOf("E1")).containsExactly("T7");
		assertThat(store.remove("E1", null, true)).isTrue();
		assertThat(installations(K1).forWorkspace("T7")).isEmpty();
		assertThat(store.workspacesOf("E1")).isEmpty();
	}

	@Test
	void aWorkspaceOfAnOrganisationWithItsOwnInstallUsesItsOwn() {
		Installations store = installations(K1);
		store.save(new Installation("E1", null, "Acme", true, "A1", "UBOT", "xoxb-org", List.of(), "U1", Instant.EPOCH));
		store.save(new Installation("E1", "T8", "Acme Sales", false, "A1", "UBOT8", "xoxb-t8", List.of(), "U2",
				Instant.EPOCH));

		assertThat(store.find("E1", "T8")).get().satisfies((found) -> assertThat(found.botToken()).isEqualTo("xoxb-t8"));
	}

	@Test
	void refusesKeysThatCannotEncrypt() {
		assertThatThrownBy(() -> TokenCipher.of(List.of("k1:" + Base64.getEncoder().encodeToString(new byte[16]))))
			.hasMessageContaining("has 16 bytes, not the 32");
		assertThatThrownBy(() -> TokenCipher.of(List.of("k1:not base64!"))).hasMessageContaining("is not base64");
		assertThatThrownBy(() -> TokenCipher.of(List.of(K1, K1))).hasMessageContaining("appears twice");
		assertThatThrownBy(() -> TokenCipher.of(List.of(key(1)))).hasMessageContaining("<id>:<base64");
	}

	@Test
	void neverPrintsATokenOrAKey() {
		assertThat(workspace("T1", "xoxb-secret-1")).asString().doesNotContain("xoxb");
		assertThat(TokenCipher.of(List.of(K1))).asString().doesNotContain(key(1));
	}

	private static Installation workspace(String team, String token) {
		return new Installation(null, team, "Team " + team, false, "A1", "UBOT", token, List.of("chat:write"), "U1",
				Instant.parse("2026-11-30T09:00:00Z"));
	}

	private static Installations installations(String... keys) {
		InstallProperties properties = new InstallProperties("client", "secret", List.of(keys), List.of(), null,
				"https://slack.com/oauth/v2/authorize", Duration.ofMinutes(10), Duration.ofMinutes(1), Set.of(), Set.of());
		return new Installations(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
				TokenCipher.of(properties.tokenKeys()), properties);
	}

	private static String key(int seed) {
		byte[] bytes = new byte[32];
		java.util.Arrays.fill(bytes, (byte) seed);
		return Base64.getEncoder().encodeToString(bytes);
	}

}
