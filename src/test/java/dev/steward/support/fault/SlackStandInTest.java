package dev.steward.support.fault;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.users.UsersListResponse;
import com.slack.api.model.Message;
import com.slack.api.model.User;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Slack stand-in over real HTTP: its limits, faults, paging and what it tells about what arrived. */
class SlackStandInTest {

	private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

	private static final String TOKEN = "xoxb-test";


	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ManualClock clock = new ManualClock(T0);

	private final SlackStandIn slack = new SlackStandIn(clock).start();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@AfterEach
	void close() {
		slack.close();
	}

	@Test
	void answersAMethodOverItsTierWith429AndTheWholeSecondsUntilASlotFrees() throws Exception {
		callTimes(10, SlackStandIn.USERS_LIST);
		clock.advance(Duration.ofSeconds(20));
		callTimes(10, SlackStandIn.USERS_LIST);
		clock.advance(Duration.ofSeconds(10));

		HttpResponse<String> limited = call(SlackStandIn.USERS_LIST);

		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(json(limited).path("error").asString()).isEqualTo("ratelimited");
		assertThat(slack.count429(SlackStandIn.USERS_LIST)).isEqualTo(1);
		assertThat(slack.callsInsideRetryWindow()).isZero();
		clock.advance(Duration.ofSeconds(30));
		assertThat(call(SlackStandIn.USERS_LIST).statusCode()).isEqualTo(200);
		assertThat(slack.callsInsideRetryWindow()).isZero();
	}

	@Test
	void countsACallThatArrivesBeforeTheAnnouncedRetryAfterHasPassed() throws Exception {
		callTimes(20, SlackStandIn.USERS_LIST);
		assertThat(call(SlackStandIn.USERS_LIST).headers().firstValue("Retry-After")).hasValue("60");
		clock.advance(Duration.ofSeconds(40));

		HttpResponse<String> early = call(SlackStandIn.USERS_LIST);

		assertThat(early.statusCode()).isEqualTo(429);
		assertThat(early.headers().firstValue("Retry-After")).hasValue("20");
		assertThat(slack.callsInsideRetryWindow()).isEqualTo(1);
		assertThat(slack.count429()).isEqualTo(2);
	}

	@Test
	void holdsEachChannelToOnePostASecondWithoutHoldingOthers() throws Exception {
		assertThat(post("C1", "one").statusCode()).isEqualTo(200);

		HttpResponse<String> second = post("C1", "two");

		assertThat(second.statusCode()).isEqualTo(429);
		assertThat(second.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(post("C2", "other channel").statusCode()).isEqualTo(200);
		assertThat(json(post("U1", "a DM")).path("channel").asString()).isEqualTo("DU1");
		clock.advance(Duration.ofSeconds(1));
		assertThat(post("C1", "two").statusCode()).isEqualTo(200);
		assertThat(slack.messagesTo("C1")).extracting(SlackMessage::text).containsExactly("one", "two");
		assertThat(slack.messagesTo("U1")).extracting(SlackMessage::channel).containsExactly("DU1");
	}

	@Test
	void capsPostsAcrossAWorkspaceButNotAcrossWorkspaces() throws Exception {
		slack.postsPerMinute(3).workspace("xoxb-other", "T2");
		for (String channel : List.of("C1", "C2", "C3")) {
			assertThat(post(channel, "hello").statusCode()).isEqualTo(200);
		}

		HttpResponse<String> fourth = post("C4", "hello");

		assertThat(fourth.statusCode()).isEqualTo(429);
		assertThat(fourth.headers().firstValue("Retry-After")).hasValue("60");
		assertThat(callAs("xoxb-other", SlackStandIn.POST_MESSAGE, "channel", "C4", "text", "hello").statusCode())
			.isEqualTo(200);
		assertThat(slack.messagesTo("C4")).extracting(SlackMessage::workspace).containsExactly("T2");
	}

	@Test
	void acceptsEveryCallWhenLimitsAreOffAndStillCountsThem() throws Exception {
		slack.enforceLimits(false);

		callTimes(25, SlackStandIn.USERS_LIST);

		assertThat(slack.calls(SlackStandIn.USERS_LIST)).isEqualTo(25);
		assertThat(slack.count429()).isZero();
	}

	@Test
	void answersAnOutageForItsDurationOnTheStandInClockThenRecovers() throws Exception {
		slack.outage(SlackStandIn.POST_MESSAGE, 503, Duration.ofMinutes(4));

		HttpResponse<String> failed = post("C1", "hello");

		assertThat(failed.statusCode()).isEqualTo(503);
		assertThat(json(failed).path("error").asString()).isEqualTo("service_unavailable");
		assertThat(call(SlackStandIn.AUTH_TEST).statusCode()).isEqualTo(200);
		clock.advance(Duration.ofMinutes(4).minusSeconds(1));
		assertThat(post("C1", "hello").statusCode()).isEqualTo(503);
		clock.advance(Duration.ofSeconds(1));
		assertThat(post("C1", "hello").statusCode()).isEqualTo(200);
		assertThat(slack.messagesTo("C1")).hasSize(1);
		assertThat(slack.calls(SlackStandIn.POST_MESSAGE)).isEqualTo(3);
	}

	@Test
	void storesAPostButWithholdsItsAnswerSoAHistoryCheckFindsItsKey() throws Exception {
		slack.postsThenTimesOut(Duration.ofMinutes(1));

		CompletableFuture<HttpResponse<String>> answer = http.sendAsync(form(SlackStandIn.POST_MESSAGE, "channel", "U1",
				"text", "Your stand-up", "metadata", metadata("prompt:team:U1:2026-11-23")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(slack.awaitAccepted(SlackStandIn.POST_MESSAGE, 1, Duration.ofSeconds(10))).isTrue();
		assertThatThrownBy(() -> answer.get(100, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
		answer.cancel(true);
		JsonNode history = json(call(SlackStandIn.HISTORY, "channel", "DU1", "include_all_metadata", "true"));
		assertThat(history.path("messages").path(0).path("metadata").path("event_payload").path("key").asString())
			.isEqualTo("prompt:team:U1:2026-11-23");
		JsonNode plain = json(call(SlackStandIn.HISTORY, "channel", "DU1"));
		assertThat(plain.path("messages").path(0).has("metadata")).isFalse();
		assertThat(slack.deliveryKeys()).containsExactly("prompt:team:U1:2026-11-23");
	}

	@Test
	void pagesHistoryNewestFirstAfterTheOldestAsked() throws Exception {
		List<String> stamps = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			stamps.add(json(post("C1", "m" + i)).path("ts").asString());
			clock.advance(Duration.ofSeconds(1));
		}

		JsonNode first = json(call(SlackStandIn.HISTORY, "channel", "C1", "limit", "2"));
		JsonNode second = json(call(SlackStandIn.HISTORY, "channel", "C1", "limit", "2", "cursor", nextCursor(first)));
		JsonNode third = json(call(SlackStandIn.HISTORY, "channel", "C1", "limit", "2", "cursor", nextCursor(second)));
		JsonNode recent = json(call(SlackStandIn.HISTORY, "channel", "C1", "oldest", stamps.get(1)));

		assertThat(texts(first)).containsExactly("m5", "m4");
		assertThat(texts(second)).containsExactly("m3", "m2");
		assertThat(texts(third)).containsExactly("m1");
		assertThat(third.path("has_more").asBoolean()).isFalse();
		assertThat(nextCursor(third)).isEmpty();
		assertThat(texts(recent)).containsExactly("m5", "m4", "m3");
		assertThat(stamps).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void pagesUsersListThroughTheSlackSdkAThousandAtMost() throws Exception {
		slack.people(1205);
		MethodsClient methods = sdk();

		UsersListResponse first = methods.usersList((request) -> request.limit(5000));
		UsersListResponse second = methods
			.usersList((request) -> request.limit(200).cursor(first.getResponseMetadata().getNextCursor()));
		UsersListResponse third = methods
			.usersList((request) -> request.limit(200).cursor(second.getResponseMetadata().getNextCursor()));

		assertThat(first.getMembers()).hasSize(1000);
		assertThat(second.getMembers()).hasSize(200);
		assertThat(third.getMembers()).hasSize(5);
		assertThat(third.getResponseMetadata().getNextCursor()).isEmpty();
		User person = first.getMembers().get(0);
		assertThat(person.getId()).isEqualTo("U000001");
		assertThat(person.getProfile().getDisplayName()).isEqualTo("Person 1");
		assertThat(person.getTz()).isEqualTo("America/New_York");
		assertThat(third.getMembers().get(4).getId()).isEqualTo("U001205");
	}

	@Test
	void answersHtmlAnUnknownErrorAndBrokenJsonWithStatus200AndStoresNothing() throws Exception {
		slack.malformed(SlackStandIn.POST_MESSAGE, Malformed.HTML_BODY);
		HttpResponse<String> html = post("C1", "hello");
		slack.malformed(SlackStandIn.POST_MESSAGE, Malformed.UNKNOWN_ERROR);
		HttpResponse<String> unknown = post("C2", "hello");
		slack.malformed(SlackStandIn.POST_MESSAGE, Malformed.INVALID_JSON);
		HttpResponse<String> broken = post("C3", "hello");

		assertThat(html.statusCode()).isEqualTo(200);
		assertThat(html.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(html.body()).startsWith("<html>");
		assertThat(unknown.body()).isEqualTo("{\"ok\":false,\"error\":\"some_unknown_error\"}");
		assertThat(broken.statusCode()).isEqualTo(200);
		assertThatThrownBy(() -> JSON.readTree(broken.body())).isInstanceOf(JacksonException.class);
		assertThat(slack.messages()).isEmpty();
	}

	@Test
	void answers429WithRetryAfterMissingNegativeAsAnHttpDateOrAnHour() throws Exception {
		List<HttpResponse<String>> answers = new ArrayList<>();
		for (Malformed kind : List.of(Malformed.RETRY_AFTER_MISSING, Malformed.RETRY_AFTER_NEGATIVE,
				Malformed.RETRY_AFTER_HTTP_DATE, Malformed.RETRY_AFTER_HOUR)) {
			slack.malformed(SlackStandIn.HISTORY, kind);
			answers.add(call(SlackStandIn.HISTORY, "channel", "C1"));
		}

		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(429);
		assertThat(answers).extracting((answer) -> answer.headers().firstValue("Retry-After").orElse(null))
			.containsExactly(null, "-5", "Mon, 23 Nov 2026 09:00:30 GMT", "3600");
		assertThat(slack.count429(SlackStandIn.HISTORY)).isEqualTo(4);
		assertThat(slack.callsInsideRetryWindow()).as("only the hour-long one came inside the date's window")
			.isEqualTo(1);
	}

	@Test
	void answersAnUploadUrlRequestWithoutTheUrlOnlyForThatMethod() throws Exception {
		slack.malformed(SlackStandIn.UPLOAD_URL, Malformed.NO_UPLOAD_URL);

		JsonNode answer = json(call(SlackStandIn.UPLOAD_URL, "filename", "chart.png", "length", "3"));

		assertThat(answer.path("ok").asBoolean()).isTrue();
		assertThat(answer.has("file_id")).isTrue();
		assertThat(answer.has("upload_url")).isFalse();
		assertThatThrownBy(() -> slack.malformed(SlackStandIn.POST_MESSAGE, Malformed.NO_UPLOAD_URL))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void detectsAKeyDeliveredTwiceAndATextPostedTwiceToOneRecipient() throws Exception {
		call(SlackStandIn.POST_MESSAGE, "channel", "U1", "text", "Morning", "metadata", metadata("prompt:1"));
		clock.advance(Duration.ofSeconds(1));
		call(SlackStandIn.POST_MESSAGE, "channel", "U1", "text", "Morning", "metadata", metadata("prompt:1"));
		call(SlackStandIn.POST_MESSAGE, "channel", "U2", "text", "Morning", "metadata", metadata("prompt:2"));

		assertThat(slack.duplicates()).containsExactly(new Duplicate(Duplicate.By.KEY, "DU1", "prompt:1", 2),
				new Duplicate(Duplicate.By.TEXT, "DU1", "Morning", 2));
		assertThat(slack.deliveryKeys()).containsExactly("prompt:1", "prompt:1", "prompt:2");
	}

	@Test
	void keepsAClientWithAShorterTimeOutWaitingWhenSlowUntilHealed() throws Exception {
		slack.people(1).slow(SlackStandIn.USERS_INFO, Duration.ofMinutes(1));

		assertThatThrownBy(() -> send(TOKEN, Duration.ofMillis(100), SlackStandIn.USERS_INFO, "user", "U000001"))
			.isInstanceOf(HttpTimeoutException.class);

		slack.heal(SlackStandIn.USERS_INFO);
		assertThat(json(call(SlackStandIn.USERS_INFO, "user", "U000001")).path("user").path("id").asString())
			.isEqualTo("U000001");
	}

	@Test
	void stormsAMethodWith429sForItsDurationAndCountsCallsInsideTheAnnouncedWindow() throws Exception {
		slack.storm(SlackStandIn.POST_MESSAGE, Duration.ofMinutes(1));

		HttpResponse<String> first = post("C1", "hello");
		clock.advance(Duration.ofSeconds(10));
		HttpResponse<String> impatient = post("C2", "hello");
		clock.advance(Duration.ofSeconds(50));
		HttpResponse<String> patient = post("C1", "hello");

		assertThat(first.headers().firstValue("Retry-After")).hasValue("60");
		assertThat(impatient.statusCode()).isEqualTo(429);
		assertThat(impatient.headers().firstValue("Retry-After")).hasValue("50");
		assertThat(patient.statusCode()).isEqualTo(200);
		assertThat(slack.count429()).isEqualTo(2);
		assertThat(slack.callsInsideRetryWindow()).isEqualTo(1);
	}

	@Test
	void refusesConnectionsWhileDeadAndAnswersOnTheSamePortWhenAlive() throws Exception {
		slack.dead();

		assertThatThrownBy(() -> call(SlackStandIn.AUTH_TEST)).isInstanceOf(ConnectException.class);

		slack.alive();
		assertThat(json(call(SlackStandIn.AUTH_TEST)).path("team_id").asString()).isEqualTo("T1");
	}

	@Test
	void hangsUpWithoutAnAnswer() {
		slack.hangsUp(HttpStandIn.ALL);

		assertThatThrownBy(() -> post("C1", "hello")).isInstanceOf(IOException.class)
			.isNotInstanceOf(HttpTimeoutException.class);
		assertThat(slack.calls(SlackStandIn.POST_MESSAGE)).isEqualTo(1);
		assertThat(slack.messages()).isEmpty();
	}

	@Test
	void reportsTheTimeOfEachAcceptedPostAndTheHighestRateInAMinute() throws Exception {
		post("C1", "hello");
		for (int i = 2; i <= 5; i++) {
			clock.advance(Duration.ofSeconds(10));
			post("C" + i, "hello");
		}
		assertThat(post("C5", "refused: the same instant as the last one").statusCode()).isEqualTo(429);
		clock.advance(Duration.ofMinutes(2));
		post("C1", "later");

		assertThat(slack.postTimes()).containsExactly(T0, T0.plusSeconds(10), T0.plusSeconds(20), T0.plusSeconds(30),
				T0.plusSeconds(40), T0.plusSeconds(160));
		assertThat(slack.maxRatePerMinute(SlackStandIn.POST_MESSAGE)).isEqualTo(5);
	}

	@Test
	void postsUpdatesAndFindsAMessageByItsMetadataThroughTheSlackSdk() throws Exception {
		MethodsClient methods = sdk();

		ChatPostMessageResponse posted = methods.chatPostMessage((request) -> request.channel("U1")
			.text("Your stand-up")
			.blocks(List.of(SectionBlock.builder()
				.text(MarkdownTextObject.builder().text("*Yesterday?*").build())
				.build()))
			.metadata(Message.Metadata.builder()
				.eventType("steward_delivery")
				.eventPayload(Map.of("key", "prompt:team:U1:2026-11-23"))
				.build()));
		methods.chatUpdate((request) -> request.channel(posted.getChannel()).ts(posted.getTs()).text("Answered"));
		ConversationsHistoryResponse history = methods
			.conversationsHistory((request) -> request.channel(posted.getChannel()).includeAllMetadata(true));

		assertThat(methods.authTest((request) -> request).getTeamId()).isEqualTo("T1");
		assertThat(posted.getChannel()).isEqualTo("DU1");
		assertThat(posted.getTs()).matches("\\d{10}\\.\\d{6}");
		Message found = history.getMessages().get(0);
		assertThat(found.getText()).isEqualTo("Answered");
		assertThat(found.getMetadata().getEventPayload()).containsEntry("key", "prompt:team:U1:2026-11-23");
		assertThat(slack.messagesTo("U1")).singleElement().satisfies((message) -> {
			assertThat(message.edits()).isEqualTo(1);
			assertThat(message.blocks()).contains("*Yesterday?*");
		});
	}

	@Test
	void opensConversationsAndViewsLooksUpPeopleAndUploadsAFileThroughTheSlackSdk() throws Exception {
		slack.people(1);
		MethodsClient methods = sdk();
		String modal = "{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\",\"text\":\"Stand-up\"},\"blocks\":[]}";
		String home = "{\"type\":\"home\",\"blocks\":[]}";

		String dm = methods.conversationsOpen((request) -> request.users(List.of("U000001"))).getChannel().getId();
		UsersInfoResponse info = methods.usersInfo((request) -> request.user("U000001"));
		FilesUploadV2Response upload = methods.filesUploadV2((request) -> request.channel("C1")
			.fileData(new byte[] { 1, 2, 3 })
			.filename("chart.png")
			.title("Chart"));

		assertThat(dm).isEqualTo("DU000001");
		assertThat(methods.conversationsInfo((request) -> request.channel("C1")).getChannel().isMember()).isTrue();
		assertThat(info.getUser().getTz()).isEqualTo("America/New_York");
		assertThat(methods.viewsOpen((request) -> request.triggerId("1.2.3").viewAsString(modal)).isOk()).isTrue();
		assertThat(methods.viewsPublish((request) -> request.userId("U000001").viewAsString(home)).isOk()).isTrue();
		assertThat(upload.isOk()).isTrue();
		assertThat(slack.filesIn("C1")).singleElement().satisfies((file) -> {
			assertThat(file.bytes()).isEqualTo(3);
			assertThat(file.title()).isEqualTo("Chart");
		});
	}

	private MethodsClient sdk() {
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(slack.apiUrl());
		config.setStatsEnabled(false);
		return Slack.getInstance(config).methods(TOKEN);
	}

	private void callTimes(int times, String method) throws Exception {
		for (int i = 0; i < times; i++) {
			assertThat(call(method).statusCode()).isEqualTo(200);
		}
	}

	private HttpResponse<String> post(String channel, String text) throws Exception {
		return call(SlackStandIn.POST_MESSAGE, "channel", channel, "text", text);
	}

	private HttpResponse<String> call(String method, String... namesAndValues) throws Exception {
		return callAs(TOKEN, method, namesAndValues);
	}

	private HttpResponse<String> callAs(String token, String method, String... namesAndValues) throws Exception {
		return send(token, Duration.ofSeconds(30), method, namesAndValues);
	}

	private HttpResponse<String> send(String token, Duration timeout, String method, String... namesAndValues)
			throws Exception {
		HttpRequest request = form(method, namesAndValues).timeout(timeout)
			.setHeader("Authorization", "Bearer " + token)
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** A form-encoded POST as the Slack SDK sends it; with the test's token unless another is set. */
	private HttpRequest.Builder form(String method, String... namesAndValues) {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.append((i == 0) ? "" : "&")
				.append(namesAndValues[i])
				.append('=')
				.append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
		}
		return HttpRequest.newBuilder(URI.create(slack.apiUrl() + method))
			.setHeader("Authorization", "Bearer " + TOKEN)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()));
	}

	private static String metadata(String key) {
		return "{\"event_type\":\"steward_delivery\",\"event_payload\":{\"key\":\"" + key + "\"}}";
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private static String nextCursor(JsonNode page) {
		return page.path("response_metadata").path("next_cursor").asString();
	}

	private static List<String> texts(JsonNode history) {
		List<String> texts = new ArrayList<>();
		history.path("messages").forEach((message) -> texts.add(message.path("text").asString()));
		return texts;
	}

}
