package dev.steward.dashboard;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.chat.Platform;
import dev.steward.scheduling.AdjustableClock;
import dev.steward.support.WebBrowser;
import dev.steward.team.TeamRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard over real HTTP in the viewer's language: a person whose own language is German reads their team's
 * pages in German, with German dates and no English sentence of the dashboard's left; someone not signed in gets the
 * sign-in page in their browser's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steward.scheduling.enabled=false",
				"spring.datasource.url=jdbc:h2:mem:dashboard-language;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class DashboardLanguageTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TeamRepository teams;

	@Autowired
	private AdjustableClock clock;

	private long alpha;

	@BeforeEach
	void makeChenGerman() {
		clock.freezeAt(Instant.parse("2026-11-23T10:00:00Z"));
		alpha = jdbc.sql("select id from team where channel_id = 'team-alpha'").query(Long.class).single();
		teams.setPersonLanguage(Platform.SANDBOX, "sandbox", "chen", "de");
	}

	@Test
	void showsTheImpedimentLogInTheViewersOwnLanguage() {
		command("bob", "/impediment log Staging database is read-only high");
		WebBrowser chen = new WebBrowser(port).signInAs("chen");

		String page = chen.get(log("")).body();

		assertThat(page).contains("<html lang=\"de\">")
			.contains("team-alpha: Hindernisliste")
			.contains("Verantwortlich</th>")
			.contains("Alter (Arbeitszeit)</th>")
			.contains("1 gefunden; Seite 1 von 1.");
		assertThat(page).contains("Staging database is read-only").contains(">hoch<")
			.contains("Mo., 23. Nov. 2026, 10:00");
	}

	@Test
	void showsAnImpedimentAndItsHistoryInTheViewersOwnLanguage() {
		command("bob", "/impediment log Staging database is read-only high");
		long id = jdbc.sql("select max(id) from impediment").query(Long.class).single();
		WebBrowser chen = new WebBrowser(port).signInAs("chen");

		String page = chen.get("/dashboard/impediments/" + id).body();

		assertThat(page).contains("← Hindernisliste von #team-alpha")
			.contains("<dt>Gemeldet von</dt>")
			.contains("Noch kein Tracker-Ticket verknüpft.")
			.contains("<span>eröffnet</span>")
			.contains("Gemeldet von &lt;@bob&gt;, verantwortlich &lt;@bob&gt;, Schwere hoch");
	}

	@Test
	void leavesNoEnglishSentenceOfTheDashboardOnAGermanPage() throws IOException {
		command("bob", "/impediment log Staging database is read-only high");
		WebBrowser chen = new WebBrowser(port).signInAs("chen");

		String page = chen.get(log("")).body().replace("&#39;", "'");

		assertThat(englishSentences()).isNotEmpty().allSatisfy((sentence) -> assertThat(page).doesNotContain(sentence));
	}

	@Test
	void explainsAFilterItCannotReadInTheViewersLanguage() {
		WebBrowser chen = new WebBrowser(port).signInAs("chen");

		HttpResponse<String> bad = chen.get(log("?kind=risk"));

		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("Dieser Filter ist nicht verständlich")
			.contains("kind „risk“ ist keine Art der Liste");
	}

	@Test
	void titlesTheTrendsChartsInTheViewersLanguage() {
		WebBrowser chen = new WebBrowser(port).signInAs("chen");

		String page = chen.get("/dashboard/teams/" + alpha + "/trends").body();

		assertThat(page).contains("team-alpha: Trends nach Woche").contains("Kumulativer Fluss")
			.doesNotContain("Cumulative flow");
	}

	@Test
	void explainsTokensInTheViewersLanguageAndRefusesANamelessOneInIt() {
		WebBrowser chen = new WebBrowser(port).signInAs("chen");
		String page = chen.get("/dashboard/tokens").body();

		HttpResponse<String> refused = chen.post("/dashboard/tokens", "name=&teams=" + alpha + "&_csrf="
				+ WebBrowser.csrf(page));

		assertThat(page).contains("<h1>API-Tokens</h1>")
			.contains("die REST-API von Steward (<code>/api/v1</code>)")
			.contains("<code>Authorization: Bearer &lt;token&gt;</code>");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Gib dem Token einen Namen mit höchstens 100 Zeichen");
	}

	@Test
	void offersTheSignInPageInTheBrowsersLanguage() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
				.header("Accept", "text/html")
				.header("Accept-Language", "es-ES,es;q=0.9,en;q=0.8")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.body()).contains("<html lang=\"es\">")
			.contains("Inicia sesión en Steward")
			.contains("Entrar como Alice Lee")
			.doesNotContain("Sign in as");
	}

	/** Each run of three or more words between the arguments of the English dashboard bundle's messages. */
	private static List<String> englishSentences() throws IOException {
		Properties english = new Properties();
		try (Reader reader = new InputStreamReader(DashboardLanguageTest.class
			.getResourceAsStream("/messages/dashboard.properties"), StandardCharsets.UTF_8)) {
			english.load(reader);
		}
		return english.stringPropertyNames()
			.stream()
			.filter((key) -> !key.startsWith("dashboard.date."))
			.flatMap((key) -> Arrays.stream(english.getProperty(key).replace("''", "'").split("\\{\\d+[^}]*}")))
			.map(String::strip)
			.filter((part) -> part.split("\\s+").length >= 3)
			.toList();
	}

	private String log(String query) {
		return "/dashboard/teams/" + alpha + "/impediments" + query;
	}

	private void command(String user, String text) {
		HttpResponse<String> answer = new WebBrowser(port).postJson("/sandbox/api/commands", "{\"user\":\"" + user
				+ "\",\"text\":\"" + text + "\",\"conversation\":\"channel:team-alpha\"}");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
	}

}
