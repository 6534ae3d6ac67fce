package dev.steward.chat.slack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import dev.steward.command.Interactions;
import dev.steward.support.SlackEdgeTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Slack app manifest declares exactly the commands Steward answers and the events it handles, on the one URL,
 * with the scopes it needs.
 */
class SlackManifestTest extends SlackEdgeTest {

	@Autowired
	private Interactions interactions;

	@Test
	@SuppressWarnings("unchecked")
	void declaresEveryCommandStewardAnswersAndTheScopesItUses() throws IOException {
		Map<String, Object> manifest = manifest();
		Map<String, Object> features = (Map<String, Object>) manifest.get("features");
		List<Map<String, Object>> commands = (List<Map<String, Object>>) features.get("slash_commands");

		assertThat(commands).extracting((command) -> command.get("command"))
			.containsExactlyInAnyOrderElementsOf(interactions.commandNames().stream().map((name) -> "/" + name).toList());
		assertThat(commands).allSatisfy((command) -> {
			assertThat((String) command.get("url")).endsWith(SlackHttpConfiguration.PATH);
			assertThat(command.get("should_escape")).isEqualTo(true);
		});
		Map<String, Object> oauth = (Map<String, Object>) manifest.get("oauth_config");
		assertThat((List<String>) ((Map<String, Object>) oauth.get("scopes")).get("bot")).as(
				"history scopes let Steward look up whether a message whose send timed out arrived, before resending")
			.containsExactlyInAnyOrder("chat:write", "commands", "files:write", "users:read", "im:history", "im:write",
					"channels:read", "groups:read", "channels:history", "groups:history");
	}

	@Test
	@SuppressWarnings("unchecked")
	void subscribesToTheEventsStewardHandlesAndShowsItsHomeTab() throws IOException {
		Map<String, Object> manifest = manifest();
		Map<String, Object> settings = (Map<String, Object>) manifest.get("settings");
		Map<String, Object> events = (Map<String, Object>) settings.get("event_subscriptions");
		Map<String, Object> home = (Map<String, Object>) ((Map<String, Object>) manifest.get("features"))
			.get("app_home");

		assertThat((List<String>) events.get("bot_events")).containsExactlyInAnyOrder("message.im", "app_home_opened",
				"member_joined_channel", "app_uninstalled", "tokens_revoked");
		assertThat((String) events.get("request_url")).endsWith(SlackHttpConfiguration.PATH);
		assertThat(home.get("home_tab_enabled")).isEqualTo(true);
	}

	private static Map<String, Object> manifest() throws IOException {
		try (InputStream in = Files.newInputStream(Path.of("manifests/slack/manifest.yml"))) {
			return new Yaml().load(in);
		}
	}

}
