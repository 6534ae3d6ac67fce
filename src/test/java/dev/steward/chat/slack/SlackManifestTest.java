package dev.steward.chat.slack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import dev.steward.command.Interactions;
import dev.steward.support.SlackEdgeTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Slack app manifests, for HTTP and for Socket Mode, declare exactly the commands Steward answers and the events
 * it handles, with the scopes it needs; the HTTP one on the one URL, the Socket Mode one on none.
 */
class SlackManifestTest extends SlackEdgeTest {

	private static final String HTTP = "manifests/slack/manifest.yml";

	private static final String SOCKET_MODE = "manifests/slack/manifest-socket-mode.yml";

	@Autowired
	private Interactions interactions;

	@ParameterizedTest
	@ValueSource(strings = { HTTP, SOCKET_MODE })
	@SuppressWarnings("unchecked")
	void declaresEveryCommandStewardAnswersAndTheScopesItUses(String file) throws IOException {
		Map<String, Object> manifest = manifest(file);
		List<Map<String, Object>> commands = (List<Map<String, Object>>) features(manifest).get("slash_commands");

		assertThat(commands).extracting((command) -> command.get("command"))
			.containsExactlyInAnyOrderElementsOf(interactions.commandNames().stream().map((name) -> "/" + name).toList());
		assertThat(commands).allSatisfy((command) -> assertThat(command.get("should_escape")).isEqualTo(true));
		Map<String, Object> oauth = (Map<String, Object>) manifest.get("oauth_config");
		assertThat((List<String>) ((Map<String, Object>) oauth.get("scopes")).get("bot")).as(
				"history scopes let Steward look up whether a message whose send timed out arrived, before resending")
			.containsExactlyInAnyOrder("chat:write", "commands", "files:write", "users:read", "im:history", "im:write",
					"channels:read", "groups:read", "channels:history", "groups:history");
	}

	@ParameterizedTest
	@ValueSource(strings = { HTTP, SOCKET_MODE })
	@SuppressWarnings("unchecked")
	void subscribesToTheEventsStewardHandlesAndShowsItsHomeTab(String file) throws IOException {
		Map<String, Object> manifest = manifest(file);
		Map<String, Object> home = (Map<String, Object>) features(manifest).get("app_home");

		assertThat((List<String>) events(manifest).get("bot_events")).containsExactlyInAnyOrder("message.im", "message.channels",
				"message.groups",
				"app_home_opened", "member_joined_channel", "app_uninstalled", "tokens_revoked");
		assertThat(home.get("home_tab_enabled")).isEqualTo(true);
		assertThat(((Map<String, Object>) settings(manifest).get("interactivity")).get("is_enabled")).isEqualTo(true);
	}

	@Test
	@SuppressWarnings("unchecked")
	void sendsEveryRequestToTheEventsUrlOverHttp() throws IOException {
		Map<String, Object> manifest = manifest(HTTP);

		assertThat((List<Map<String, Object>>) features(manifest).get("slash_commands"))
			.allSatisfy((command) -> assertThat((String) command.get("url")).endsWith(SlackHttpConfiguration.PATH));
		assertThat((String) events(manifest).get("request_url")).endsWith(SlackHttpConfiguration.PATH);
		assertThat((String) ((Map<String, Object>) settings(manifest).get("interactivity")).get("request_url"))
			.endsWith(SlackHttpConfiguration.PATH);
		assertThat(settings(manifest).get("socket_mode_enabled")).isEqualTo(false);
	}

	@Test
	void namesNoRequestUrlInSocketMode() throws IOException {
		Map<String, Object> manifest = manifest(SOCKET_MODE);

		assertThat(settings(manifest).get("socket_mode_enabled")).isEqualTo(true);
		assertThat(Files.readString(Path.of(SOCKET_MODE)).lines().filter((line) -> !line.strip().startsWith("#")))
			.as("only the redirects that people's browsers follow name an address")
			.filteredOn((line) -> line.contains("url:") || line.contains("https://"))
			.containsExactly("    - https://steward.example.com/slack/oauth_redirect",
					"    - https://steward.example.com/login/oauth2/code/slack");
	}

	private static Map<String, Object> manifest(String file) throws IOException {
		try (InputStream in = Files.newInputStream(Path.of(file))) {
			return new Yaml().load(in);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> features(Map<String, Object> manifest) {
		return (Map<String, Object>) manifest.get("features");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> settings(Map<String, Object> manifest) {
		return (Map<String, Object>) manifest.get("settings");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> events(Map<String, Object> manifest) {
		return (Map<String, Object>) settings(manifest).get("event_subscriptions");
	}

}
