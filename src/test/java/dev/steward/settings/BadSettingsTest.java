package dev.steward.settings;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.steward.StewardApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Steward started with a missing or invalid setting: it does not start, and says in one paragraph which setting, what
 * was wrong and how to put it right, with no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadSettingsTest {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	@Test
	void refusesANegativeLeaseNamingTheSettingAndItsEnvironmentVariable(CapturedOutput output) {
		assertRefused(output, "--steward.delivery.lease=-5s");

		assertThat(description(output))
			.isEqualTo("Steward cannot start: steward.delivery.lease ('-5s') must be positive.");
		assertThat(action(output)).startsWith("Correct steward.delivery.lease (environment variable "
				+ "STEWARD_DELIVERY_LEASE), or remove it to use its default.");
	}

	@Test
	void refusesASlackBotTokenWithoutASigningSecretAndNeverPrintsTheToken(CapturedOutput output) {
		assertRefused(output, "--steward.slack.bot-token=xoxb-never-printed", "--steward.slack.signing-secret=");

		assertThat(description(output)).startsWith("Steward cannot start: steward.slack.signing-secret (not set) must be "
				+ "set when steward.slack.bot-token (SLACK_BOT_TOKEN) is set");
		assertThat(action(output))
			.startsWith("Set steward.slack.signing-secret (environment variable SLACK_SIGNING_SECRET).");
		assertThat(output.getAll()).doesNotContain("xoxb-never-printed");
	}

	@Test
	void refusesAReminderThatWouldComeAfterTheReport(CapturedOutput output) {
		assertRefused(output, "--steward.standup.reminder-delay=2h");

		assertThat(description(output)).isEqualTo("Steward cannot start: steward.standup.reminder-delay ('2h') must "
				+ "end before steward.standup.report-time (11:00): after the 09:30 prompt, the reminder would come at "
				+ "11:30, after the report.");
	}

	@Test
	void refusesATimeOfDayThatDoesNotExist(CapturedOutput output) {
		assertRefused(output, "--steward.standup.prompt-time=25:00");

		assertThat(description(output)).isEqualTo(
				"Steward cannot start: steward.standup.prompt-time ('25:00') is not a time of day such as 09:30.");
		assertThat(action(output)).startsWith("Correct steward.standup.prompt-time (environment variable "
				+ "STEWARD_STANDUP_PROMPTTIME), or remove it to use its default.");
	}

	@Test
	void refusesAnApiUrlThatIsNotAUrl(CapturedOutput output) {
		assertRefused(output, "--steward.slack.api-url=slack api");

		assertThat(description(output))
			.isEqualTo("Steward cannot start: steward.slack.api-url ('slack api') must be a valid URL.");
		assertThat(action(output)).contains("environment variable SLACK_API_URL");
	}

	@Test
	void refusesManyWorkspacesWithoutKeysToEncryptTheirTokens(CapturedOutput output) {
		assertRefused(output, "--steward.slack.install.client-id=1234.5678",
				"--steward.slack.install.client-secret=never-printed-secret", "--steward.slack.signing-secret=s");

		assertThat(description(output)).startsWith("Steward cannot start: steward.slack.install.token-keys (not set) "
				+ "must be set when steward.slack.install.client-id (SLACK_CLIENT_ID) is set, so workspaces' bot tokens "
				+ "are stored encrypted");
		assertThat(action(output)).startsWith("Set steward.slack.install.token-keys (environment variable "
				+ "STEWARD_TOKEN_KEYS).");
		assertThat(output.getAll()).doesNotContain("never-printed-secret");
	}

	@Test
	void refusesATokenKeyTooShortForAesWithoutPrintingIt(CapturedOutput output) {
		assertRefused(output, "--steward.slack.install.client-id=1234.5678",
				"--steward.slack.install.client-secret=s", "--steward.slack.signing-secret=s",
				"--steward.slack.install.token-keys=k1:c2hvcnQta2V5");

		assertThat(description(output)).isEqualTo("Steward cannot start: steward.slack.install.token-keys (set, not "
				+ "shown) key 'k1' has 9 bytes, not the 32 AES-256 needs; generate one with: openssl rand -base64 32.");
		assertThat(output.getAll()).doesNotContain("c2hvcnQta2V5");
	}

	@Test
	void refusesOneWorkspacesBotTokenAlongsideInstallsByManyWorkspaces(CapturedOutput output) {
		assertRefused(output, "--steward.slack.bot-token=xoxb-never-printed", "--steward.slack.signing-secret=s",
				"--steward.slack.install.client-id=1234.5678", "--steward.slack.install.client-secret=s",
				"--steward.slack.install.token-keys=k1:AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=");

		assertThat(description(output)).startsWith("Steward cannot start: steward.slack.bot-token (set, not shown) "
				+ "must not be set together with steward.slack.install.client-id (SLACK_CLIENT_ID)");
		assertThat(action(output)).startsWith("Correct steward.slack.bot-token (environment variable SLACK_BOT_TOKEN)");
		assertThat(output.getAll()).doesNotContain("xoxb-never-printed");
	}

	@Test
	void refusesManyWorkspacesOverHttpWithoutASigningSecret(CapturedOutput output) {
		assertRefused(output, "--steward.slack.install.client-id=1234.5678", "--steward.slack.install.client-secret=s",
				"--steward.slack.install.token-keys=k1:AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=");

		assertThat(description(output)).startsWith("Steward cannot start: steward.slack.signing-secret (not set) must be "
				+ "set when Slack is configured (SLACK_BOT_TOKEN or SLACK_CLIENT_ID)");
	}

	private static void assertRefused(CapturedOutput output, String... settings) {
		String[] args = new String[settings.length + 3];
		args[0] = "--server.port=0";
		args[1] = "--steward.scheduling.enabled=false";
		args[2] = "--spring.datasource.url=jdbc:h2:mem:bad-settings-" + DATABASES.incrementAndGet()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		System.arraycopy(settings, 0, args, 3, settings.length);
		assertThatThrownBy(() -> SpringApplication.run(StewardApplication.class, args)).isNotNull();
		assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
			.doesNotContain("Application run failed")
			.doesNotContainPattern("\\n\\s+at [a-z]+\\.");
	}

	/** The report's one paragraph under "Description:". */
	private static String description(CapturedOutput output) {
		return section(output, "Description:", "Action:");
	}

	private static String action(CapturedOutput output) {
		return section(output, "Action:", null);
	}

	private static String section(CapturedOutput output, String heading, String next) {
		String all = output.getAll();
		int start = all.indexOf(heading + "\n\n") + heading.length() + 2;
		int end = (next != null) ? all.indexOf(next, start) : all.indexOf("\n\n", start);
		return all.substring(start, (end < 0) ? all.length() : end).strip();
	}

}
