package dev.steward.dashboard;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.steward.chat.Platform;
import dev.steward.scheduling.AdjustableClock;
import dev.steward.team.Role;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard in a real browser (Debian's chromium, headless, through chromium-driver; never a downloaded one):
 * a PM signs in with Slack through a WireMock OpenID provider's pages; Alice signs in as a sandbox person, walks her team's log with a filter, an impediment's history, a search of the
 * stand-up answers, the trends and an export, finds another team's pages unreachable, and reaches the content by
 * keyboard. Each main page is saved as a screenshot in {@code target/screenshots} (the ones in {@code docs/images}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "steward.scheduling.enabled=false", "steward.dashboard.slack-client-id=dash-client",
				"steward.dashboard.slack-client-secret=dash-secret",
				"spring.datasource.url=jdbc:h2:mem:dashboard-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class DashboardBrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static WebDriver browser;

	private static final SlackOpenIdProvider slack = new SlackOpenIdProvider();

	@DynamicPropertySource
	static void slackSignIn(DynamicPropertyRegistry registry) {
		registry.add("steward.dashboard.slack-url", slack::url);
	}

	@LocalServerPort
	private int port;

	@Autowired
	private AdjustableClock clock;

	@Autowired
	private TeamRepository teams;

	@BeforeAll
	static void chromium() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
				"Debian's chromium and chromium-driver are not installed (apt install chromium chromium-driver; "
						+ ".ci/run does)");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
					"--lang=en-GB");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
		slack.stop();
	}

	@Test
	void signsInWithSlackThroughTheProvidersOwnPages() {
		Team mine = teams.create(Platform.SLACK, "T1", "C-PLATFORM", "#platform", ZoneId.of("UTC"),
				Instant.parse("2026-11-01T00:00:00Z"));
		teams.addMember(mine.id(), "U0PM", "Pat", Role.PM, false);
		browser.manage().deleteAllCookies();

		browser.get(url("/dashboard"));
		waitForTitle("Sign in");
		browser.findElement(By.linkText("Sign in with Slack")).click();
		waitForTitle("Your teams");

		assertThat(browser.findElement(By.tagName("table")).getText()).contains("#platform").doesNotContain("team-alpha");
		assertThat(browser.findElement(By.className("who")).getText()).contains("Pat Morgan");
		assertThat(slack.authorizations()).isEqualTo(1);
	}

	@Test
	void walksTheDashboardAsAPmWouldAndCannotReachAnotherTeam() throws Exception {
		clock.freezeAt(Instant.parse("2026-11-24T03:00:00Z"));
		sandbox("/sandbox/api/clock", "{\"advance\":\"PT2H\"}");
		command("bob", "/impediment log Staging database is read-only high");
		command("chen", "/impediment log VPN drops every hour low");
		command("chen", "/impediment log Staging certificate expired medium");
		command("alice", "/impediment comment IMP-1 Asked ops for the grants");
		command("alice", "/lesson Keep the staging grants in the runbook");
		long alpha = teams.findByChannel(Platform.SANDBOX, "sandbox", "team-alpha").orElseThrow().id();
		Team beta = teams.create(Platform.SANDBOX, "sandbox", "team-beta", "#team-beta", ZoneId.of("UTC"),
				Instant.parse("2026-11-01T00:00:00Z"));
		teams.addMember(beta.id(), "bob", "Bob Iyer", Role.MEMBER, true);

		browser.get(url("/dashboard"));
		waitForTitle("Sign in");
		screenshot("sign-in");
		browser.findElement(By.xpath("//button[text()='Sign in as Alice Lee']")).click();
		waitForTitle("Your teams");
		assertThat(browser.findElement(By.tagName("table")).getText()).contains("#team-alpha");
		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to content");
		screenshot("teams");

		browser.findElement(By.linkText("#team-alpha")).click();
		waitForTitle("impediments");
		new Select(browser.findElement(By.name("severity"))).selectByValue("high");
		browser.findElement(By.xpath("//button[text()='Show']")).click();
		// The filtered page has the same title as the one it replaces: wait for its address and read it, again if the
		// old page was still there when it was first read.
		String log = new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver.getCurrentUrl().contains("severity=high")
					? driver.findElement(By.tagName("tbody")).getText() : null);
		assertThat(log).contains("Staging database is read-only").doesNotContain("VPN drops");
		screenshot("impediment-log");

		browser.findElement(By.linkText("IMP-1")).click();
		waitForTitle("IMP-1");
		assertThat(browser.findElement(By.className("history")).getText()).contains("Asked ops for the grants");
		screenshot("impediment");

		browser.get(url("/dashboard/teams/" + alpha + "/standups?q=staging"));
		waitForTitle("stand-ups");
		screenshot("standups");
		browser.get(url("/dashboard/teams/" + alpha + "/trends"));
		waitForTitle("trends");
		assertThat(browser.findElements(By.cssSelector("figure.chart svg rect"))).isNotEmpty();
		screenshot("trends");
		browser.get(url("/dashboard/teams/" + alpha + "/sprints"));
		waitForTitle("sprints");
		assertThat(browser.getPageSource()).contains("Keep the staging grants in the runbook");

		browser.get(url("/dashboard/teams/" + alpha + "/impediments"));
		String export = browser.findElement(By.linkText("impediments (CSV)")).getAttribute("href");
		String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
		HttpResponse<String> csv = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(export)).header("Cookie", "JSESSIONID=" + session).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).contains("Staging certificate expired");

		browser.get(url("/dashboard/teams/" + beta.id() + "/impediments"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("There is nothing here");
		browser.get(url("/dashboard"));
		assertThat(browser.findElement(By.tagName("table")).getText()).doesNotContain("#team-beta");
	}

	private void waitForTitle(String part) {
		new WebDriverWait(browser, Duration.ofSeconds(30)).until((driver) -> driver.getTitle().contains(part));
	}

	private static void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void command(String user, String text) throws Exception {
		sandbox("/sandbox/api/commands", "{\"user\":\"" + user + "\",\"text\":\"" + text
				+ "\",\"conversation\":\"channel:team-alpha\"}");
	}

	private void sandbox(String path, String json) throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path)))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
	}

}
