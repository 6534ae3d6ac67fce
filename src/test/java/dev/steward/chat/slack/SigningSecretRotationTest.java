package dev.steward.chat.slack;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.support.SignedSlackClient;
import dev.steward.support.SlackEdgeTest;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While a signing secret is rotated, requests signed with the previous secret are taken as well as those signed with
 * the current one, and a request signed with neither changes nothing.
 */
@TestPropertySource(properties = "steward.slack.previous-signing-secret=" + SigningSecretRotationTest.PREVIOUS)
class SigningSecretRotationTest extends SlackEdgeTest {

	static final String PREVIOUS = "previous-signing-secret";

	private static final String FORM = "application/x-www-form-urlencoded";

	@BeforeEach
	void team() {
		setUpStandup("C1", "U0PM", List.of("U0PM"), "UTC", "TEAM", "09:00", "11:00");
	}

	@Test
	void takesACommandSignedWithThePreviousSecret() {
		HttpResponse<String> response = new SignedSlackClient(port, PREVIOUS).send(log("Build server is down"), FORM);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Logged");
		assertThat(impediments()).containsExactly("Build server is down");
	}

	@Test
	void takesACommandSignedWithTheCurrentSecret() {
		HttpResponse<String> response = client.send(log("VPN is flaky"), FORM);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(impediments()).containsExactly("VPN is flaky");
	}

	@Test
	void refusesACommandSignedWithNeitherSecretAndStoresNothing() {
		HttpResponse<String> response = new SignedSlackClient(port, "some-other-secret").send(log("Forged"), FORM);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(impediments()).isEmpty();
	}

	private static String log(String text) {
		return SignedSlackClient.form(Map.of("team_id", "T1", "channel_id", "C1", "channel_name", "team-C1", "user_id",
				"U0PM", "user_name", "pm", "command", "/impediment", "text", "log " + text, "trigger_id", "t",
				"response_url", "http://localhost/unused"));
	}

	private List<String> impediments() {
		return jdbc.sql("select title from impediment order by id").query(String.class).list();
	}

}
