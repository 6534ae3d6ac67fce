package dev.steward.chat.slack;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SignedSlackClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests to {@code /slack/events} that are not provably from Slack, or not well formed, change nothing. */
class SlackRequestVerificationTest extends SlackEdgeTest {

	private static final String LOG = SignedSlackClient.form(java.util.Map.of("team_id", "T1", "channel_id", "C1",
			"channel_name", "team", "user_id", "U0PM", "user_name", "pm", "command", "/impediment", "text",
			"log Build server is down", "trigger_id", "t", "response_url", "http://localhost/unused"));

	@BeforeEach
	void team() {
		setUpStandup("C1", "U0PM", List.of("U0PM"), "UTC", "TEAM", "09:00", "11:00");
	}

	@Test
	void acknowledgesSignedImpedimentLogQuicklyAndStoresIt() {
		long started = System.nanoTime();
		HttpResponse<String> response = client.send(LOG, "application/x-www-form-urlencoded");
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(millis).as("ack time in ms").isLessThan(3000);
		assertThat(response.body()).contains("\"response_type\":\"ephemeral\"").contains("Logged");
		assertThat(impediments()).isEqualTo(1);
	}

	@Test
	void rejectsWrongSignatureWith401AndStoresNothing() {
		HttpResponse<String> response = client.send(LOG, "application/x-www-form-urlencoded",
				Instant.now().getEpochSecond(), "v0=" + "0".repeat(64));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(impediments()).isZero();
	}

	@Test
	void rejectsSignatureMadeWithAnotherSecret() {
		long now = Instant.now().getEpochSecond();
		String forged = new SignedSlackClient(port, "not-the-secret").sign(now, LOG);

		assertThat(client.send(LOG, "application/x-www-form-urlencoded", now, forged).statusCode()).isEqualTo(401);
		assertThat(impediments()).isZero();
	}

	@Test
	void rejectsTimestampsMoreThanFiveMinutesInThePastOrFuture() {
		long past = Instant.now().minusSeconds(6 * 60).getEpochSecond();
		long future = Instant.now().plusSeconds(6 * 60).getEpochSecond();

		assertThat(client.send(LOG, "application/x-www-form-urlencoded", past, client.sign(past, LOG)).statusCode())
			.isEqualTo(401);
		assertThat(client.send(LOG, "application/x-www-form-urlencoded", future, client.sign(future, LOG))
			.statusCode()).isEqualTo(401);
		assertThat(impediments()).isZero();
	}

	@Test
	void rejectsMissingSignatureHeadersWith401() {
		assertThat(client.send(LOG, "application/x-www-form-urlencoded", Instant.now().getEpochSecond(), "")
			.statusCode()).isEqualTo(401);
	}

	@Test
	void answersMalformedBodiesWith400() {
		assertThat(client.send("hello=world", "application/x-www-form-urlencoded").statusCode()).isEqualTo(400);
		assertThat(client.send("payload=%7Bnot-json", "application/x-www-form-urlencoded").statusCode())
			.isEqualTo(400);
		assertThat(client.send("{\"type\":", "application/json").statusCode()).isEqualTo(400);
		assertThat(impediments()).isZero();
	}

	private long impediments() {
		return jdbc.sql("select count(*) from impediment").query(Long.class).single();
	}

}
