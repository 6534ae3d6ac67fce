package dev.steward.chat.slack;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SlackPayloads;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What Slack says about Steward's own place in a workspace: uninstalled or its token revoked, nothing more goes
 * there until someone in it uses Steward again; added to a channel, it introduces itself there once. Each test uses a
 * workspace of its own, since the tests share one application.
 */
class SlackWorkspaceEventsTest extends SlackEdgeTest {

	@Autowired
	private DeliveryQueue queue;

	@Test
	void sendsNothingMoreToAWorkspaceThatUninstalledSteward() {
		assertThat(client.event(SlackPayloads.event("app_uninstalled", "T0GONE", Map.of())).statusCode())
			.isEqualTo(200);

		assertThat(reason("T0GONE")).isEqualTo("app_uninstalled");
		queue.post("test:gone", Conversation.channel(Platform.SLACK, "T0GONE", "C0GONE"), ChatMessage.text("Hello"));
		await().untilAsserted(() -> assertThat(delivery("test:gone")).isEqualTo("DEAD: workspace uninstalled"));
		assertThat(slack.postsTo("C0GONE")).isEmpty();
	}

	@Test
	void sendsNothingMoreToAWorkspaceThatRevokedStewardsBotToken() {
		assertThat(client.event(SlackPayloads.event("tokens_revoked", "T0REVOKED",
				Map.of("oauth", "[]", "bot", "[\"UBOT\"]"))).statusCode()).isEqualTo(200);

		assertThat(reason("T0REVOKED")).isEqualTo("tokens_revoked");
		queue.post("test:revoked", Conversation.direct(Platform.SLACK, "T0REVOKED", "U0ANN"),
				ChatMessage.text("Hello"));
		await().untilAsserted(() -> assertThat(delivery("test:revoked")).isEqualTo("DEAD: workspace uninstalled"));
		assertThat(slack.postsTo("U0ANN")).isEmpty();
	}

	@Test
	void keepsSendingWhenOnlyPeoplesOwnTokensAreRevoked() {
		assertThat(client.event(SlackPayloads.event("tokens_revoked", "T0USERS",
				Map.of("oauth", "[\"U0ANN\"]", "bot", "[]"))).statusCode()).isEqualTo(200);

		assertThat(jdbc.sql("select count(*) from workspace_status where workspace_id = 'T0USERS'")
			.query(Long.class)
			.single()).isZero();
		queue.post("test:users", Conversation.channel(Platform.SLACK, "T0USERS", "C0USERS"), ChatMessage.text("Hi"));
		await().untilAsserted(() -> assertThat(slack.postsTo("C0USERS")).hasSize(1));
	}

	@Test
	void sendsAgainOnceSomeoneInTheWorkspaceUsesASlashCommand() {
		client.event(SlackPayloads.event("app_uninstalled", "T0BACK", Map.of()));

		assertThat(client.command("T0BACK", "/standup", "help", "U0ANN", "C0BACK", "team").statusCode())
			.isEqualTo(200);

		assertThat(jdbc.sql("select count(*) from workspace_status where workspace_id = 'T0BACK'")
			.query(Long.class)
			.single()).isZero();
		queue.post("test:back", Conversation.channel(Platform.SLACK, "T0BACK", "C0BACK"), ChatMessage.text("Hello"));
		await().untilAsserted(() -> assertThat(slack.postsTo("C0BACK")).hasSize(1));
	}

	@Test
	void introducesItselfOnceWhenAddedToAChannel() {
		Map<String, String> joined = Map.of("user", "UBOT", "channel", "C0NEW");

		assertThat(client.event(SlackPayloads.event("member_joined_channel", "T1", joined)).statusCode())
			.isEqualTo(200);
		assertThat(client.event(SlackPayloads.event("member_joined_channel", "T1", joined)).statusCode())
			.isEqualTo(200);

		assertThat(jdbc.sql("select count(*) from delivery where idempotency_key = 'intro:slack:T1:C0NEW'")
			.query(Long.class)
			.single()).isEqualTo(1);
		await().untilAsserted(() -> assertThat(delivery("intro:slack:T1:C0NEW")).startsWith("SENT"));
		assertThat(slack.postsTo("C0NEW")).singleElement()
			.satisfies((post) -> assertThat(post.get("text")).contains("I'm Steward").contains("/standup setup"));
	}

	private String reason(String workspaceId) {
		return jdbc.sql("select reason from workspace_status where platform = 'SLACK' and workspace_id = :workspace")
			.param("workspace", workspaceId)
			.query(String.class)
			.single();
	}

	private String delivery(String key) {
		return jdbc.sql("select status || coalesce(': ' || last_error, '') from delivery where idempotency_key = :key")
			.param("key", key)
			.query(String.class)
			.optional()
			.orElse("");
	}

}
