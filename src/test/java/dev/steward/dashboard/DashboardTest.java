package dev.steward.dashboard;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.chat.Platform;
import dev.steward.scheduling.AdjustableClock;
import dev.steward.support.WebBrowser;
import dev.steward.team.Role;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard over real HTTP, signed in locally as the sandbox's demo people: each sees only their own teams (any
 * other answers 404), reads the impediment log filtered, sorted and searched, one impediment's history, and exports
 * that come back whole through a CSV parser with formulas neutralised; every form needs its CSRF token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steward.scheduling.enabled=false", "steward.dashboard.page-size=2",
				"spring.datasource.url=jdbc:h2:mem:dashboard;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class DashboardTest {


	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TeamRepository teams;

	@Autowired
	private AdjustableClock clock;

	private WebBrowser alice;

	private long alpha;

	@BeforeEach
	void signInAsAlice() {
		clock.freezeAt(Instant.parse("2026-11-23T10:00:00Z"));
		alpha = jdbc.sql("select id from team where channel_id = 'team-alpha'").query(Long.class).single();
		alice = new WebBrowser(port).signInAs("alice");
	}

	@Test
	void sendsSomeoneNotSignedInToTheSignInPageWhichOffersTheDemoPeople() {
		WebBrowser stranger = new WebBrowser(port);

		HttpResponse<String> dashboard = stranger.get("/dashboard");

		assertThat(dashboard.statusCode()).isEqualTo(302);
		assertThat(dashboard.headers().firstValue("Location")).get().asString().endsWith("/sign-in");
		assertThat(stranger.get("/sign-in").body()).contains("Sign in as Alice Lee").contains("Sign in as Dana Ortiz")
			.doesNotContain("Sign in with Slack");
	}

	@Test
	void refusesASignInFormWithoutItsCsrfToken() {
		WebBrowser forger = new WebBrowser(port);
		forger.get("/sign-in");

		assertThat(forger.post("/sign-in/local", "person=alice").statusCode()).isEqualTo(403);
		assertThat(forger.get("/dashboard").statusCode()).isEqualTo(302);
	}

	@Test
	void showsTheViewersTeamsWithTodaysStandupAndOpenImpediments() {
		command("alice", "/impediment log Staging database is read-only high");

		HttpResponse<String> page = alice.get("/dashboard");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
			.contains("default-src 'self'").contains("frame-ancestors 'none'");
		assertThat(page.body()).contains("team-alpha").contains("Alice Lee").contains("Sign out");
	}

	@Test
	void filtersSortsSearchesAndPagesTheLog() {
		command("bob", "/impediment log Staging database is read-only high");
		command("bob", "/impediment log VPN drops every hour low");
		command("chen", "/impediment log Staging certificate expired medium");

		String highOnly = alice.get(log("?severity=high")).body();
		assertThat(highOnly).contains("Staging database is read-only").doesNotContain("VPN drops");

		String staging = alice.get(log("?q=STAGING&sort=oldest")).body();
		assertThat(staging).contains("2 found");
		assertThat(staging.indexOf("Staging database")).isLessThan(staging.indexOf("Staging certificate"));

		String first = alice.get(log("?sort=newest")).body();
		assertThat(first).contains("3 found").contains("page 1 of").contains("Next page")
			.contains("Staging certificate expired").doesNotContain("Staging database is read-only");
		String second = alice.get(log("?sort=newest&page=2")).body();
		assertThat(second).contains("Staging database is read-only").contains("Previous page");
	}

	@Test
	void showsTheWholeExecutionLogAndFiltersItByKind() {
		command("bob", "/impediment log Kindcheck VPN drops every hour low");
		long impediment = newest();
		command("chen", "/issue log Kindcheck payment provider outage impact: EU customers cannot pay");
		long issue = newest();
		command("bob", "/change request Kindcheck Apple Pay changes: scope");
		long request = newest();

		assertThat(alice.get(log("?q=kindcheck")).body()).contains("3 found");
		assertThat(alice.get(log("?q=kindcheck&kind=issue,impediment")).body()).contains("2 found")
			.doesNotContain("Apple Pay");
		String changes = alice.get(log("?q=kindcheck&kind=change_request")).body();
		assertThat(changes).contains("1 found").contains("CR-" + request).contains("change request")
			.doesNotContain("VPN drops");
		assertThat(alice.get("/dashboard/impediments/" + request).body()).contains("Changes")
			.contains("waiting for an assessment");
		HttpResponse<String> badKind = alice.get(log("?kind=risk"));
		assertThat(badKind.statusCode()).isEqualTo(400);
		assertThat(badKind.body()).contains("&#39;risk&#39; is not a kind of the log");

		command("bob", "/impediment resolve IMP-" + impediment);
		command("chen", "/issue resolve ISS-" + issue);
		command("alice", "/change reject CR-" + request + " not this quarter");
		assertThat(alice.get(log("?q=kindcheck")).body()).as("nothing left active for the other tests")
			.contains("0 found");
	}

	@Test
	void showsWhoABlockerAskedToHelp() {
		command("bob", "/impediment log Helpcheck <@chen> needs to approve the vendor keys");
		long id = newest();

		assertThat(alice.get("/dashboard/impediments/" + id).body()).contains("Asked to help").contains("Chen");
		command("bob", "/impediment resolve IMP-" + id);
	}

	@Test
	void refusesAFilterItCannotReadNamingIt() {
		HttpResponse<String> badStatus = alice.get(log("?status=lost"));
		HttpResponse<String> unknown = alice.get(log("?colour=red"));
		HttpResponse<String> badPage = alice.get(log("?page=0"));
		HttpResponse<String> badGoal = alice.get(log("?goal=9"));
		HttpResponse<String> noSprint = alice.get(log("?goal=1"));

		assertThat(badStatus.statusCode()).isEqualTo(400);
		assertThat(badStatus.body()).contains("status").contains("&#39;lost&#39; is not a status");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("colour").contains("is not a filter of the log");
		assertThat(badPage.statusCode()).isEqualTo(400);
		assertThat(badGoal.statusCode()).isEqualTo(400);
		assertThat(noSprint.body()).as("no sprint runs, so no goal is threatened").contains("0 found");
	}

	@Test
	void showsAnImpedimentWithItsHistoryAndEscapesWhatPeopleWrote() {
		command("bob", "/impediment log <script>alert(1)</script> breaks the build high");
		long id = newest();
		command("alice", "/impediment comment IMP-" + id + " Asked <b>ops</b> to look");

		HttpResponse<String> page = alice.get("/dashboard/impediments/" + id);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt; breaks the build")
			.doesNotContain("<script>alert(1)")
			.contains("Asked &lt;b&gt;ops&lt;/b&gt; to look")
			.contains("Bob Iyer");
	}

	@Test
	void answersAnotherTeamsPagesAndExportsWith404() {
		Team other = teams.create(Platform.SANDBOX, "sandbox", "team-beta", "team-beta", ZoneId.of("UTC"),
				Instant.parse("2026-11-01T00:00:00Z"));
		teams.addMember(other.id(), "bob", "Bob Iyer", Role.MEMBER, true);
		jdbc.sql("insert into impediment (team_id, title, owner_id, reporter_id, severity, status, opened_at, "
				+ "climb_started_at) values (:team, 'Beta secret', 'bob', 'bob', 'LOW', 'OPEN', :at, :at)")
			.param("team", other.id())
			.param("at", Instant.parse("2026-11-20T10:00:00Z").atOffset(java.time.ZoneOffset.UTC))
			.update();
		long betaImpediment = newest();

		assertThat(alice.get("/dashboard/teams/" + other.id() + "/impediments").statusCode()).isEqualTo(404);
		assertThat(alice.get("/dashboard/impediments/" + betaImpediment).statusCode()).isEqualTo(404);
		assertThat(alice.get("/dashboard/teams/" + other.id() + "/export/impediments.csv").statusCode())
			.isEqualTo(404);
		assertThat(alice.get("/dashboard/teams/999999/impediments").statusCode()).isEqualTo(404);
		assertThat(alice.get("/dashboard").body()).doesNotContain("team-beta");
		WebBrowser bob = new WebBrowser(port).signInAs("bob");
		assertThat(bob.get("/dashboard/impediments/" + betaImpediment).body()).contains("Beta secret");
	}

	@Test
	void exportsTheLogAsCsvThatASpreadsheetOpensSafely() throws Exception {
		command("bob", "/impediment log =HYPERLINK(\"http://evil\") costs us, \"really\" high");
		command("chen", "/impediment log VPN drops every hour low");

		HttpResponse<String> export = alice.get("/dashboard/teams/" + alpha + "/export/impediments.csv");

		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
		assertThat(export.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");
		assertThat(export.body()).startsWith("\uFEFFid,key,team,title,");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(export.body().substring(1)))
			.getRecords();
		assertThat(rows).extracting((row) -> row.get("title"))
			.contains("'=HYPERLINK(\"http://evil\") costs us, \"really\"", "VPN drops every hour");
		assertThat(rows).allSatisfy((row) -> assertThat(row.get("team")).isEqualTo("#team-alpha"));

		String history = alice.get("/dashboard/teams/" + alpha + "/export/impediment-history.csv").body();
		assertThat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(history.substring(1)))
			.getRecords()).extracting((row) -> row.get("kind")).contains("OPENED");
		assertThat(alice.get("/dashboard/teams/" + alpha + "/export/impediments.json").body())
			.contains("\"impediments\":[").contains("\"history\":[").contains("VPN drops every hour");
	}

	@Test
	void showsTheStandupHistoryByDayAndPersonAndSearchesTheAnswers() {
		clock.freezeAt(Instant.parse("2026-11-24T03:00:00Z"));
		new WebBrowser(port).postJson("/sandbox/api/clock", "{\"advance\":\"PT2H\"}");
		String messages = new WebBrowser(port).getJson("/sandbox/api/conversations/dm:bob/messages").body();
		Matcher run = Pattern.compile("\"actionId\":\"standup.answer\",\"value\":\"(\\d+)\"").matcher(messages);
		assertThat(run.find()).as("Bob's prompt in %s", messages).isTrue();
		HttpResponse<String> answered = new WebBrowser(port).postJson("/sandbox/api/actions", "{\"user\":\"bob\",\"form\":"
				+ "{\"formId\":\"standup.answers\",\"context\":\"" + run.group(1) + "\",\"values\":{\"q0\":"
				+ "[\"Moved the staging <b>cluster</b>\"],\"q1\":[\"Review the runbook\"],\"q2\":[\"none\"]}}}");
		assertThat(answered.body()).contains("\"accepted\":true");

		String day = alice.get("/dashboard/teams/" + alpha + "/standups?date=2026-11-24").body();
		String found = alice.get("/dashboard/teams/" + alpha + "/standups?q=STAGING").body();
		String bobs = alice.get("/dashboard/teams/" + alpha + "/standups?person=bob").body();

		assertThat(day).contains("Tue 24 Nov 2026").contains("Bob Iyer").contains("(answered)")
			.contains("Moved the staging &lt;b&gt;cluster&lt;/b&gt;");
		assertThat(found).contains("1 answers").contains("Moved the staging");
		assertThat(bobs).contains("Review the runbook");
		String export = alice.get("/dashboard/teams/" + alpha + "/export/standup-answers.csv").body();
		assertThat(export).startsWith("\uFEFFdate,user_id,name,question,answer").contains("Moved the staging <b>cluster</b>");
		assertThat(alice.get("/dashboard/teams/" + alpha + "/standups?date=yesterday").statusCode()).isEqualTo(400);
		assertThat(alice.get("/dashboard/teams/" + alpha + "/standups?person=mallory").statusCode()).isEqualTo(400);
		assertThat(alice.get("/dashboard/teams/999999/standups").statusCode()).isEqualTo(404);
	}

	@Test
	void showsTheSprintsGoalsThreatsAndTheLessonsRegister() {
		command("alice", "/lesson Pair on <i>releases</i>");

		HttpResponse<String> page = alice.get("/dashboard/teams/" + alpha + "/sprints");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Lessons register").contains("Pair on &lt;i&gt;releases&lt;/i&gt;")
			.contains("Alice Lee");
		assertThat(alice.get("/dashboard/teams/999999/sprints").statusCode()).isEqualTo(404);
		assertThat(alice.get("/dashboard/teams/" + alpha + "/export/lessons.json").body()).contains("\"rows\":[")
			.contains("Pair on <i>releases</i>");
		assertThat(alice.get("/dashboard/teams/" + alpha + "/export/sprints.csv").body())
			.startsWith("\uFEFFsprint,starts_on,ends_on,goal");
		assertThat(alice.get("/dashboard/teams/" + alpha + "/export/lessons.xml").statusCode()).isEqualTo(404);
	}

	@Test
	void drawsTheTrendsFromTheDigestsNumbers() {
		command("bob", "/impediment log Flaky integration tests medium");
		command("chen", "/impediment log Missing test data low");
		command("alice", "/impediment resolve IMP-" + newest() + " Seeded it");

		HttpResponse<String> weeks = alice.get("/dashboard/teams/" + alpha + "/trends");
		HttpResponse<String> sprints = alice.get("/dashboard/teams/" + alpha + "/trends?by=sprint");

		assertThat(weeks.statusCode()).isEqualTo(200);
		assertThat(weeks.body()).contains("<svg").doesNotContain("<script").contains("Cumulative flow")
			.contains("23 Nov").contains("opened, 23 Nov:");
		assertThat(sprints.statusCode()).isEqualTo(200);
		assertThat(alice.get("/dashboard/teams/" + alpha + "/trends?by=month").statusCode()).isEqualTo(400);
		assertThat(alice.get("/dashboard/teams/999999/trends").statusCode()).isEqualTo(404);
	}

	@Test
	void drawsTheWeeklyAverageMoodWhenTheStandupAsksOnAScale() {
		jdbc.sql("insert into standup (team_id, name, prompt_time, report_time, reminder_delay_minutes, weekdays, "
				+ "zone_policy, questions, created_at) values (:team, 'Mood check', '09:00', '11:00', 60, 'MONDAY', "
				+ "'TEAM', '[]', :now)")
			.param("team", alpha)
			.param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.update();
		long standup = jdbc.sql("select id from standup where team_id = :team and name = 'Mood check'")
			.param("team", alpha)
			.query(Long.class)
			.single();
		jdbc.sql("insert into standup_run (standup_id, team_id, run_date, started_at) values (:standup, :team, "
				+ "'2026-11-23', :now)")
			.param("standup", standup)
			.param("team", alpha)
			.param("now", clock.instant().minusSeconds(3600).atOffset(java.time.ZoneOffset.UTC))
			.update();
		long run = jdbc.sql("select id from standup_run where standup_id = :standup")
			.param("standup", standup)
			.query(Long.class)
			.single();
		List<Long> members = jdbc.sql("select id from member where team_id = :team order by id limit 3")
			.param("team", alpha)
			.query(Long.class)
			.list();
		for (int i = 0; i < members.size(); i++) {
			jdbc.sql("insert into standup_score (run_id, member_id, position, scale, score, anonymous) "
					+ "values (:run, :member, 0, 'MOOD', :score, true)")
				.param("run", run)
				.param("member", members.get(i))
				.param("score", 3 + i % 2)
				.update();
		}
		try {
			String weeks = alice.get("/dashboard/teams/" + alpha + "/trends").body();

			assertThat(weeks).contains("Mood and health (average, 1 to 5)").contains("mood 3.3");
		}
		finally {
			jdbc.sql("delete from standup_score where run_id = :run").param("run", run).update();
			jdbc.sql("delete from standup_run where id = :run").param("run", run).update();
			jdbc.sql("delete from standup where id = :id").param("id", standup).update();
		}
	}

	@Test
	void linksAnImpedimentToItsTrackerIssueInChatAndOnTheDashboard() throws Exception {
		command("bob", "/impediment log Vendor keys not approved high");
		long id = newest();
		command("bob", "/impediment link IMP-" + id + " https://acme.atlassian.net/browse/OPS-12");
		String page = alice.get("/dashboard/impediments/" + id).body();

		HttpResponse<String> added = alice.post("/dashboard/impediments/" + id + "/links", "url="
				+ java.net.URLEncoder.encode("https://github.com/acme/api/issues/42", java.nio.charset.StandardCharsets.UTF_8)
				+ "&_csrf=" + WebBrowser.csrf(page));
		HttpResponse<String> refused = alice.post("/dashboard/impediments/" + id + "/links", "url=javascript:alert(1)"
				+ "&_csrf=" + WebBrowser.csrf(page));

		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("not a web address");
		assertThat(alice.get("/dashboard/impediments/" + id).body()).contains(">OPS-12<").contains(">acme/api#42<")
			.contains("Linked OPS-12");
		String export = alice.get("/dashboard/teams/" + alpha + "/export/impediments.csv").body();
		assertThat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(export.substring(1)))
			.getRecords()).filteredOn((row) -> row.get("id").equals(Long.toString(id)))
			.singleElement()
			.satisfies((row) -> assertThat(row.get("links")).isEqualTo("OPS-12 https://acme.atlassian.net/browse/OPS-12; "
					+ "acme/api#42 https://github.com/acme/api/issues/42"));
	}

	@Test
	void signsOut() {
		String page = alice.get("/dashboard").body();

		HttpResponse<String> out = alice.post("/sign-out", "_csrf=" + WebBrowser.csrf(page));

		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(alice.get("/dashboard").statusCode()).isEqualTo(302);
	}

	private String log(String query) {
		return "/dashboard/teams/" + alpha + "/impediments" + query;
	}

	private long newest() {
		return jdbc.sql("select max(id) from impediment").query(Long.class).single();
	}

	private void command(String user, String text) {
		HttpResponse<String> answer = new WebBrowser(port).postJson("/sandbox/api/commands", "{\"user\":\"" + user
				+ "\",\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"")
				+ "\",\"conversation\":\"channel:team-alpha\"}");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
	}

}
