package dev.steward.standup;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SlackPayloads;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How the report appears, over Slack: a thread whose parent goes out when the stand-up starts with one reply per
 * person as answers arrive (a late answer joins it, an edit changes its reply), or a summary kept up to date.
 */
class ReportStylesOverSlackTest extends SlackEdgeTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@BeforeEach
	void team() {
		setUpStandup("C1", "U0PM", List.of("U0ANN", "U0BOB"), "Europe/Berlin", "TEAM", "09:00", "11:00");
	}

	@Test
	void aThreadedReportHasOneReplyPerPersonAsAnswersArriveAndALateAnswerJoinsIt() {
		assertThat(command("U0PM", "report thread")).contains("now reports as a thread");
		tickAt(berlin("2026-11-23T09:00"));
		assertThat(report()).as("the parent goes out when the stand-up starts").hasSize(1);
		assertThat(report().get(0).get("blocks")).contains("answers are in the thread");

		answer("U0ANN", "Shipped the login page");
		answer("U0ANN", "Shipped the login page and its tests");
		assertThat(command("U0PM", "report summary")).as("the day under way keeps its thread")
			.contains("from the next stand-up that has not started yet");
		tickAt(berlin("2026-11-23T11:00"));
		answer("U0BOB", "Reviewed the API");

		List<Map<String, String>> replies = threadReplies();
		assertThat(replies).as("one reply each, late answers too").hasSize(2);
		assertThat(replies.get(0).get("blocks")).contains("Shipped the login page");
		assertThat(replies.get(1).get("blocks")).contains("Reviewed the API");
		assertThat(slack.calls("chat.update")).as("Ann's edit changed her reply; the report and the late answer "
				+ "updated the parent").anySatisfy((update) -> assertThat(update.get("blocks"))
					.contains("Shipped the login page and its tests"));
		assertThat(slack.calls("chat.update")).anySatisfy((update) -> assertThat(update.get("blocks"))
			.contains("2 of 2 answered"));
		assertThat(report()).as("nothing else in the channel").hasSize(1);
	}

	@Test
	void aLiveReportIsPostedAtOnceAndKeptUpToDate() {
		command("U0PM", "report live");
		tickAt(berlin("2026-11-23T09:00"));
		assertThat(report()).hasSize(1);
		assertThat(report().get(0).get("blocks")).contains("0 of 2 answered");

		answer("U0ANN", "Shipped the login page");

		assertThat(slack.calls("chat.update")).anySatisfy((update) -> assertThat(update.get("blocks"))
			.contains("1 of 2 answered").contains("Shipped the login page"));
		tickAt(berlin("2026-11-23T11:00"));
		assertThat(report()).as("the report changes the live summary, it does not post another").hasSize(1);
	}

	@Test
	void aParticipantMayAnswerByReplyingInTheReportsThreadWhileOthersTalkThereUndisturbed() {
		slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).withRequestBody(containing("channel=C1"))
			.atPriority(1)
			.willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"{{randomValue length=9 type='NUMERIC'}}.0001\"}")
				.withTransformers("response-template")));
		command("U0PM", "report thread");
		tickAt(berlin("2026-11-23T09:00"));
		assertThat(report()).hasSize(1);

		thread("U0ANN", "Shipped the login page\nThe signup page\nnone", "EvThread1");
		thread("U0ANN", "Nice, thanks all!", "EvThread2");
		thread("U0BOB", "just one line", "EvThread3");
		thread("U0ZED", "I am not in this team", "EvThread4");

		await().untilAsserted(() -> assertThat(jdbc.sql("select answer from standup_answer where position = 0")
			.query(String.class).list()).containsExactly("Shipped the login page"));
		await().untilAsserted(() -> assertThat(slack.postsTo("U0BOB"))
			.anySatisfy((post) -> assertThat(post.get("text")).startsWith("To answer by message")));
		assertThat(slack.postsTo("U0BOB")).as("Bob is told the format once, in a DM")
			.filteredOn((post) -> post.get("text").startsWith("To answer by message")).hasSize(1);
		assertThat(slack.postsTo("U0ANN")).as("Ann's chat after answering is left alone")
			.noneMatch((post) -> post.get("text").startsWith("To answer by message"));
		assertThat(slack.postsTo("U0ZED")).isEmpty();

		clock.freezeAt(berlin("2026-11-25T09:00"));
		thread("U0BOB", "Monday's work\nMore\nnone", "EvThread5");
		await().untilAsserted(() -> assertThat(slack.postsTo("U0BOB"))
			.anySatisfy((post) -> assertThat(post.get("text")).contains("is closed")));
		assertThat(jdbc.sql("select count(*) from standup_answer a join member m on m.id = a.member_id "
				+ "where m.user_id = 'U0BOB'").query(Long.class).single()).as("Monday's stand-up is closed by Wednesday")
			.isZero();
	}

	@Test
	void onlyAPmChangesTheStyleAndAnUnknownOneChangesNothing() {
		assertThat(command("U0ANN", "report thread")).contains("Only the PMs");
		assertThat(command("U0PM", "report threads")).contains("'threads' is not a report style");
		assertThat(command("U0ANN", "report")).contains("reports as one summary at report time");
		assertThat(jdbc.sql("select report_style from standup").query(String.class).single()).isEqualTo("SUMMARY");
	}

	private void answer(String user, String yesterday) {
		String runId = Blocks.buttonValue(slack.postsTo(user).stream()
			.filter((post) -> post.get("blocks").contains("standup.answer")).findFirst().orElseThrow(),
				"standup.answer");
		HttpResponse<String> submitted = awaitingDeliveries(() -> client.interaction(SlackPayloads.submission(user,
				"standup.answers", runId, Map.of("q0", List.of(yesterday), "q1", List.of("More"), "q2",
						List.of("none")), List.of(), List.of(), List.of())));
		assertThat(submitted.body()).doesNotContain("errors");
	}

	/** A reply in the report's thread; event ids are unique to this class, as Steward remembers them across tests. */
	private void thread(String user, String text, String eventId) {
		String report = jdbc.sql("select message_ref from delivery where idempotency_key like 'report:%'")
			.query(String.class)
			.single();
		HttpResponse<String> response = awaitingDeliveries(() -> client.event(SlackPayloads.threadReply(user, "C1",
				report.substring(report.indexOf(':') + 1), text, eventId)));
		assertThat(response.statusCode()).isEqualTo(200);
	}

	private List<Map<String, String>> report() {
		awaitQueuedDeliveries();
		return slack.postsTo("C1").stream().filter((post) -> post.get("thread_ts") == null)
			.filter((post) -> post.get("text").contains("stand-up \u00b7")).toList();
	}

	private List<Map<String, String>> threadReplies() {
		awaitQueuedDeliveries();
		return slack.postsTo("C1").stream().filter((post) -> post.get("thread_ts") != null).toList();
	}

	private String command(String user, String text) {
		clock.freezeAt(berlin("2026-11-23T08:00"));
		HttpResponse<String> response = client.command("/standup", text, user, "C1", "team-C1");
		assertThat(response.statusCode()).isEqualTo(200);
		return Blocks.tree(response.body()).toString();
	}

	private static Instant berlin(String time) {
		return LocalDateTime.parse(time).atZone(BERLIN).toInstant();
	}

}
