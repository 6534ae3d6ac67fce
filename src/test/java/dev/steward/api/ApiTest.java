package dev.steward.api;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.steward.chat.Platform;
import dev.steward.scheduling.AdjustableClock;
import dev.steward.team.Role;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API over real HTTP with personal access tokens made on the dashboard's Tokens page: a read token reads
 * its teams and nothing else, a write token logs, comments, assigns and resolves through the log's own rules, and
 * every refusal is a problem detail (a field named, 401 for a token that is unknown, revoked or expired, 403 for a
 * read token that writes, 404 outside its teams, 429 with Retry-After over the rate).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steward.scheduling.enabled=false", "steward.api.requests-per-minute=20",
				"spring.datasource.url=jdbc:h2:mem:api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SECRET = Pattern.compile("<code id=\"token\">(stw_[A-Za-z0-9_-]+)</code>");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TeamRepository teams;

	@Autowired
	private AdjustableClock clock;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpClient dashboard;

	private long alpha;

	@BeforeEach
	void signInAsAlice() throws Exception {
		clock.freezeAt(Instant.parse("2026-11-23T10:00:00Z"));
		alpha = jdbc.sql("select id from team where channel_id = 'team-alpha'").query(Long.class).single();
		dashboard = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String page = page("/sign-in").body();
		assertThat(form("/sign-in/local", "person=alice&_csrf=" + csrf(page)).statusCode()).isEqualTo(302);
	}

	@Test
	void aReadTokenReadsItsTeamsLogAndOneImpedimentWithItsHistory() throws Exception {
		String token = makeToken("Jira sync", "read");
		long id = logInChat("Staging database is read-only high");

		JsonNode teamsSeen = json(call("GET", "/api/v1/teams", token, null), 200);
		JsonNode log = json(call("GET", "/api/v1/teams/" + alpha + "/impediments?severity=high&size=1", token, null),
				200);
		JsonNode one = json(call("GET", "/api/v1/impediments/" + id, token, null), 200);

		assertThat(teamsSeen.findValuesAsString("name")).containsExactly("#team-alpha");
		assertThat(log.path("size").asInt()).isEqualTo(1);
		assertThat(log.path("items").get(0).path("title").asString()).isEqualTo("Staging database is read-only");
		assertThat(one.path("history").get(0).path("kind").asString()).isEqualTo("OPENED");
		assertThat(jdbc.sql("select count(*) from api_token where token_hash = :token or shown_prefix = :token")
			.param("token", token)
			.query(Long.class)
			.single()).as("the token itself is never stored").isZero();
	}

	@Test
	void aWriteTokenLogsCommentsAssignsAndResolvesAsItsOwner() throws Exception {
		String token = makeToken("Bot", "write");

		HttpResponse<String> logged = call("POST", "/api/v1/teams/" + alpha + "/impediments", token,
				"{\"title\":\"Vendor keys not approved\",\"severity\":\"high\",\"owner\":\"bob\"}");
		assertThat(logged.statusCode()).isEqualTo(201);
		String location = logged.headers().firstValue("Location").orElseThrow();
		long id = JSON.readTree(logged.body()).path("id").asLong();
		assertThat(location).endsWith("/api/v1/impediments/" + id);
		assertThat(JSON.readTree(logged.body()).path("reporterId").asString()).isEqualTo("alice");

		json(call("POST", "/api/v1/impediments/" + id + "/comments", token, "{\"text\":\"Chased legal\"}"), 200);
		json(call("PUT", "/api/v1/impediments/" + id + "/owner", token, "{\"owner\":\"chen\"}"), 200);
		JsonNode linked = json(call("POST", "/api/v1/impediments/" + id + "/links", token,
				"{\"url\":\"https://linear.app/acme/issue/ENG-7/keys\"}"), 200);
		assertThat(linked.path("links").get(0).path("label").asString()).isEqualTo("ENG-7");
		JsonNode resolved = json(call("POST", "/api/v1/impediments/" + id + "/resolve", token,
				"{\"note\":\"Approved\"}"), 200);

		assertThat(resolved.path("status").asString()).isEqualTo("resolved");
		assertThat(resolved.path("ownerId").asString()).isEqualTo("chen");
		assertThat(resolved.path("history").findValuesAsString("kind")).contains("OPENED", "COMMENTED", "RESOLVED");
	}

	@Test
	void logsAnIssueWithItsImpactAndListsTheLogByKind() throws Exception {
		String token = makeToken("Bot", "write");

		JsonNode issue = json(call("POST", "/api/v1/teams/" + alpha + "/impediments", token,
				"{\"title\":\"Payment provider outage\",\"kind\":\"issue\",\"impact\":\"EU cannot pay\"}"), 201);
		HttpResponse<String> badKind = call("POST", "/api/v1/teams/" + alpha + "/impediments", token,
				"{\"title\":\"x\",\"kind\":\"risk\"}");
		JsonNode issues = json(call("GET", "/api/v1/teams/" + alpha + "/impediments?kind=issue&status=all", token,
				null), 200);

		assertThat(issue.path("key").asString()).startsWith("ISS-");
		assertThat(issue.path("kind").asString()).isEqualTo("issue");
		assertThat(issue.path("impact").asString()).isEqualTo("EU cannot pay");
		assertThat(json(badKind, 400).path("field").asString()).isEqualTo("kind");
		assertThat(issues.findValuesAsString("kind")).isNotEmpty().containsOnly("issue");
	}

	@Test
	void refusesWhatTheLogsRulesRefuseAndNamesBadFields() throws Exception {
		String token = makeToken("Bot", "write");
		long before = impediments();

		HttpResponse<String> stranger = call("POST", "/api/v1/teams/" + alpha + "/impediments", token,
				"{\"title\":\"Who owns this\",\"owner\":\"mallory\"}");
		HttpResponse<String> unknownField = call("POST", "/api/v1/teams/" + alpha + "/impediments", token,
				"{\"title\":\"x\",\"priority\":\"p0\"}");
		HttpResponse<String> bigPage = call("GET", "/api/v1/teams/" + alpha + "/impediments?size=500", token, null);
		HttpResponse<String> badStatus = call("GET", "/api/v1/teams/" + alpha + "/impediments?status=lost", token,
				null);

		assertThat(stranger.statusCode()).isEqualTo(409);
		assertThat(stranger.headers().firstValue("Content-Type")).get().asString()
			.startsWith("application/problem+json");
		assertThat(json(unknownField, 400).path("field").asString()).isEqualTo("priority");
		assertThat(json(bigPage, 400).path("field").asString()).isEqualTo("size");
		assertThat(json(badStatus, 400).path("field").asString()).isEqualTo("status");
		assertThat(impediments()).isEqualTo(before);
	}

	@Test
	void answersTokensThatAreMissingUnknownRevokedOrExpiredWith401() throws Exception {
		String revoked = makeToken("Old", "read");
		String expired = makeToken("Short", "read");
		String tokens = page("/dashboard/tokens").body();
		long revokedId = jdbc.sql("select id from api_token where name = 'Old'").query(Long.class).single();
		assertThat(form("/dashboard/tokens/" + revokedId + "/revoke", "_csrf=" + csrf(tokens)).statusCode())
			.isEqualTo(302);
		jdbc.sql("update api_token set expires_at = :past where name = 'Short'")
			.param("past", Instant.parse("2026-11-01T00:00:00Z").atOffset(ZoneOffset.UTC))
			.update();

		assertThat(call("GET", "/api/v1/teams", null, null).statusCode()).isEqualTo(401);
		assertThat(call("GET", "/api/v1/teams", "stw_not-a-real-token", null).statusCode()).isEqualTo(401);
		assertThat(json(call("GET", "/api/v1/teams", revoked, null), 401).path("type").asString())
			.endsWith("invalid-token");
		assertThat(call("GET", "/api/v1/teams", expired, null).statusCode()).isEqualTo(401);
		assertThat(page("/dashboard/tokens").body()).contains("revoked").contains("expired");
	}

	@Test
	void aReadTokenCannotWrite() throws Exception {
		String token = makeToken("Reader", "read");
		long before = impediments();

		HttpResponse<String> write = call("POST", "/api/v1/teams/" + alpha + "/impediments", token,
				"{\"title\":\"Should not be logged\"}");

		assertThat(json(write, 403).path("type").asString()).endsWith("read-only-token");
		assertThat(impediments()).isEqualTo(before);
	}

	@Test
	void answersAnotherTeamsLogAndImpedimentsWith404() throws Exception {
		Team beta = teams.create(Platform.SANDBOX, "sandbox", "team-beta", "#team-beta", ZoneId.of("UTC"),
				Instant.parse("2026-11-01T00:00:00Z"));
		teams.addMember(beta.id(), "bob", "Bob Iyer", Role.MEMBER, true);
		jdbc.sql("insert into impediment (team_id, title, owner_id, reporter_id, severity, status, opened_at, "
				+ "climb_started_at) values (:team, 'Beta secret', 'bob', 'bob', 'LOW', 'OPEN', :at, :at)")
			.param("team", beta.id())
			.param("at", Instant.parse("2026-11-20T10:00:00Z").atOffset(ZoneOffset.UTC))
			.update();
		long secret = jdbc.sql("select max(id) from impediment").query(Long.class).single();
		String token = makeToken("Bot", "write");

		assertThat(call("GET", "/api/v1/teams/" + beta.id() + "/impediments", token, null).statusCode())
			.isEqualTo(404);
		assertThat(call("GET", "/api/v1/impediments/" + secret, token, null).statusCode()).isEqualTo(404);
		assertThat(call("POST", "/api/v1/impediments/" + secret + "/resolve", token, "{}").statusCode())
			.isEqualTo(404);
		assertThat(jdbc.sql("select status from impediment where id = :id").param("id", secret).query(String.class)
			.single()).isEqualTo("OPEN");
	}

	@Test
	void limitsEachTokensRateAndSaysWhenToComeBack() throws Exception {
		String token = makeToken("Busy", "read");

		HttpResponse<String> last = null;
		for (int i = 0; i < 21; i++) {
			last = call("GET", "/api/v1/teams", token, null);
		}

		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(Integer.parseInt(last.headers().firstValue("Retry-After").orElseThrow())).isPositive();
		assertThat(call("GET", "/api/v1/teams", makeToken("Calm", "read"), null).statusCode()).isEqualTo(200);
	}

	@Test
	void readsStandupsSprintsAndLessonsAndRecordsALesson() throws Exception {
		String token = makeToken("Notebook", "write");

		HttpResponse<String> recorded = call("POST", "/api/v1/teams/" + alpha + "/lessons", token,
				"{\"text\":\"Rotate the staging keys before they expire\"}");
		HttpResponse<String> empty = call("POST", "/api/v1/teams/" + alpha + "/lessons", token, "{\"text\":\" \"}");

		assertThat(recorded.statusCode()).isEqualTo(201);
		assertThat(json(empty, 400).path("field").asString()).isEqualTo("text");
		assertThat(json(call("GET", "/api/v1/teams/" + alpha + "/lessons", token, null), 200).findValuesAsString("text"))
			.contains("Rotate the staging keys before they expire");
		assertThat(json(call("GET", "/api/v1/teams/" + alpha + "/sprints", token, null), 200).isArray()).isTrue();
		assertThat(json(call("GET", "/api/v1/teams/" + alpha + "/standups", token, null), 200).isArray()).isTrue();
		assertThat(json(call("GET", "/api/v1/teams/" + alpha + "/standups/answers?q=staging", token, null), 200)
			.isArray()).isTrue();
		assertThat(json(call("GET", "/api/v1/teams/" + alpha + "/standups/answers", token, null), 400).path("field")
			.asString()).isEqualTo("q");
		assertThat(json(call("GET", "/api/v1/teams/" + alpha + "/standups/tuesday", token, null), 400).path("field")
			.asString()).isEqualTo("date");
	}

	@Test
	void publishesItsOpenApiDocumentAndAPageThatShowsIt() throws Exception {
		JsonNode document = json(call("GET", "/api/docs/openapi.json", null, null), 200);

		assertThat(document.path("openapi").asString()).startsWith("3.");
		assertThat(document.path("paths").propertyNames()).contains("/api/v1/teams",
				"/api/v1/teams/{teamId}/impediments", "/api/v1/impediments/{id}")
			.noneMatch((path) -> path.startsWith("/dashboard") || path.startsWith("/sandbox"));
		assertThat(document.path("components").path("securitySchemes").path("token").path("scheme").asString())
			.isEqualTo("bearer");
		HttpResponse<String> page = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build()
			.send(HttpRequest.newBuilder(uri("/api/docs")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).containsIgnoringCase("swagger");
	}

	private long impediments() {
		return jdbc.sql("select count(*) from impediment").query(Long.class).single();
	}

	private String makeToken(String name, String access) throws Exception {
		String page = page("/dashboard/tokens").body();
		HttpResponse<String> made = form("/dashboard/tokens", "name=" + name + "&teams=" + alpha + "&access=" + access
				+ "&expires=90&_csrf=" + csrf(page));
		assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
		Matcher secret = SECRET.matcher(made.body());
		assertThat(secret.find()).as("the new token on %s", made.body()).isTrue();
		return secret.group(1);
	}

	private long logInChat(String text) throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/sandbox/api/commands"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"bob\",\"text\":\"/impediment log " + text
					+ "\",\"conversation\":\"channel:team-alpha\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		return jdbc.sql("select max(id) from impediment").query(Long.class).single();
	}

	private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> page(String path) throws Exception {
		return dashboard.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> form(String path, String form) throws Exception {
		return dashboard.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return JSON.readTree(response.body());
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a CSRF token in %s", page).isTrue();
		return token.group(1);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
