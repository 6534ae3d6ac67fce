package dev.steward.chat.slack;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SlackPayloads;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every event and interactive payload Slack may send gets a 200, whether or not Steward has anything to do with it,
 * since Slack counts anything else as a failure and sends it again; none of them is worth an error in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class SlackAcknowledgementTest extends SlackEdgeTest {

	private CapturedOutput output;

	@BeforeEach
	void capture(CapturedOutput output) {
		this.output = output;
	}

	@AfterEach
	void loggedNoError() {
		assertThat(output.getAll().lines().filter((line) -> line.contains(" ERROR "))).isEmpty();
	}

	@Test
	void acknowledgesAMessageChangedEventWith200() {
		acknowledgesAndChangesNothing(event("message_changed"));
	}

	@Test
	void acknowledgesAMessageDeletedEventWith200() {
		acknowledgesAndChangesNothing(event("message_deleted"));
	}

	@Test
	void acknowledgesABotMessageEventWith200WithoutAskingSlackAboutTheBot() {
		acknowledgesAndChangesNothing(event("bot_message"));

		assertThat(slack.calls("bots.info")).isEmpty();
	}

	@Test
	void acknowledgesAFileShareEventWith200() {
		acknowledgesAndChangesNothing(event("file_share"));
	}

	@Test
	void acknowledgesAnAppMentionEventWith200() {
		acknowledgesAndChangesNothing(event("app_mention"));
	}

	@Test
	void acknowledgesAReactionAddedEventWith200() {
		acknowledgesAndChangesNothing(event("reaction_added"));
	}

	@Test
	void acknowledgesSomeoneElseJoiningAChannelWith200AndSaysNothing() {
		acknowledgesAndChangesNothing(client.event(SlackPayloads.event("member_joined_channel", "T1",
				Map.of("user", "U0ANN", "channel", "C1"))));
	}

	@Test
	void acknowledgesTheMessagesTabBeingOpenedWith200AndPublishesNothing() {
		acknowledgesAndChangesNothing(
				client.event(SlackPayloads.event("app_home_opened", "T1", Map.of("user", "U0ANN", "tab", "messages"))));

		assertThat(slack.calls("views.publish")).isEmpty();
	}

	@Test
	void acknowledgesAnEventTypeNobodyKnowsYetWith200() {
		acknowledgesAndChangesNothing(event("unknown"));
	}

	@Test
	void acknowledgesTheHomeTabBeingOpenedWith200AndPublishesIt() {
		HttpResponse<String> response = client
			.event(SlackPayloads.event("app_home_opened", "T1", Map.of("user", "U0ANN", "tab", "home")));

		assertThat(response.statusCode()).isEqualTo(200);
		await().untilAsserted(() -> assertThat(slack.calls("views.publish")).hasSize(1));
	}

	@Test
	void acknowledgesStewardJoiningAChannelWith200AndIntroducesIt() {
		HttpResponse<String> response = client
			.event(SlackPayloads.event("member_joined_channel", "T1", Map.of("user", "UBOT", "channel", "C0ACK")));

		assertThat(response.statusCode()).isEqualTo(200);
		await().untilAsserted(() -> assertThat(slack.postsTo("C0ACK")).hasSize(1));
	}

	@Test
	void acknowledgesAnUninstallWith200() {
		assertThat(client.event(SlackPayloads.event("app_uninstalled", "T0ACKGONE", Map.of())).statusCode())
			.isEqualTo(200);
	}

	@Test
	void acknowledgesRevokedTokensWith200() {
		assertThat(client.event(SlackPayloads.event("tokens_revoked", "T0ACKREVOKED",
				Map.of("oauth", "[\"U0ANN\"]", "bot", "[\"UBOT\"]"))).statusCode()).isEqualTo(200);
	}

	@Test
	void answersSlacksUrlVerificationWithTheChallenge() {
		HttpResponse<String> response = client.event(SlackPayloads.fixture("url_verification.json"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
	}

	@Test
	void acknowledgesAnAppRateLimitedNoticeWith200() {
		acknowledgesAndChangesNothing(client.event(SlackPayloads.fixture("app_rate_limited.json")));
	}

	@Test
	void acknowledgesASlashCommandSslCheckWith200() {
		acknowledgesAndChangesNothing(
				client.send("ssl_check=1&token=legacy-verification-token", "application/x-www-form-urlencoded"));
	}

	@Test
	void acknowledgesAModalBeingClosedWith200() {
		acknowledgesAndChangesNothing(interaction("view_closed"));
	}

	@Test
	void acknowledgesAGlobalShortcutWith200() {
		acknowledgesAndChangesNothing(interaction("shortcut"));
	}

	@Test
	void acknowledgesAMessageShortcutWith200() {
		acknowledgesAndChangesNothing(interaction("message_action"));
	}

	@Test
	void acknowledgesABlockSuggestionWith200() {
		acknowledgesAndChangesNothing(interaction("block_suggestion"));
	}

	@Test
	void acknowledgesAnInteractiveTypeNobodyKnowsYetWith200() {
		acknowledgesAndChangesNothing(interaction("unknown"));
	}

	private HttpResponse<String> event(String name) {
		return client.event(SlackPayloads.event(name, "T1", Map.of()));
	}

	private HttpResponse<String> interaction(String name) {
		return client.interaction(SlackPayloads.interactive(name, "U0ANN"));
	}

	private void acknowledgesAndChangesNothing(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(count("impediment")).isZero();
		assertThat(count("delivery")).isZero();
		assertThat(slack.calls("chat.postMessage")).isEmpty();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
