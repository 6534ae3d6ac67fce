package dev.steward.chat.slack;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SlackPayloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Opening Steward's Home tab shows the person their stand-ups and the open impediments they own. */
class SlackHomeTabTest extends SlackEdgeTest {

	@Test
	void publishesTheHomeTabWithThePersonsStandupsAndOpenImpediments() {
		setUpStandup("C1", "U0PM", List.of("U0PM", "U0ANN"), "Europe/Berlin", "TEAM", "09:00", "11:00");
		client.command("/impediment", "log Staging DB is read-only <@U0ANN|ann> high", "U0PM", "C1", "team-C1");
		client.command("/impediment", "log Nobody reviews the release notes", "U0PM", "C1", "team-C1");
		long id = jdbc.sql("select id from impediment where owner_id = 'U0ANN'").query(Long.class).single();

		assertThat(client.event(homeOpened("U0ANN")).statusCode()).isEqualTo(200);

		JsonNode view = publishedView("U0ANN");
		assertThat(view.path("type").asString()).isEqualTo("home");
		assertThat(view.toString()).contains("Your stand-ups")
			.contains("team-C1")
			.contains("Prompts at 09:00 Europe/Berlin on Mon, Tue, Wed, Thu, Fri (not on holidays)")
			.contains("IMP-" + id)
			.contains("Staging DB is read-only")
			.doesNotContain("release notes");
	}

	@Test
	void showsSomeoneInNoStandupHowToStart() {
		assertThat(client.event(homeOpened("U0ZED")).statusCode()).isEqualTo(200);

		assertThat(publishedView("U0ZED").toString()).contains("/standup join").contains("/impediment log");
	}

	@Test
	void publishesOnceWhenTheOpeningIsReplayed() {
		String event = homeOpened("U0ZED");
		long timestamp = Instant.now().getEpochSecond();
		String signature = client.sign(timestamp, event);

		assertThat(client.send(event, "application/json", timestamp, signature).statusCode()).isEqualTo(200);
		assertThat(client.send(event, "application/json", timestamp, signature).statusCode()).isEqualTo(200);

		publishedView("U0ZED");
		assertThat(slack.calls("views.publish")).hasSize(1);
	}

	private static String homeOpened(String user) {
		return SlackPayloads.event("app_home_opened", "T1", Map.of("user", user, "tab", "home"));
	}

	private JsonNode publishedView(String user) {
		await().untilAsserted(() -> assertThat(slack.calls("views.publish")).isNotEmpty());
		Map<String, String> published = slack.calls("views.publish").get(0);
		assertThat(published.get("user_id")).isEqualTo(user);
		return Blocks.tree(published.get("view"));
	}

}
