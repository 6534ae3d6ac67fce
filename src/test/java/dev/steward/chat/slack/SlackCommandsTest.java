package dev.steward.chat.slack;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Slash commands over Slack: the replies people see, including for mistakes, and what they store. */
class SlackCommandsTest extends SlackEdgeTest {

	@BeforeEach
	void team() {
		setUpStandup("C1", "U0PM", List.of("U0PM", "U0ANN", "U0BOB"), "Europe/Berlin", "TEAM", "09:00", "11:00");
	}

	@Test
	void logsImpedimentWithMentionedOwnerAndSeverity() {
		String reply = text(client.command("/impediment", "log Staging DB is read-only <@U0BOB|bob> high", "U0ANN",
				"C1", "team-C1"));

		assertThat(reply).contains("Logged").contains("IMP-").contains("<@U0BOB>").contains("high");
		assertThat(jdbc.sql("select owner_id || '/' || reporter_id || '/' || severity || '/' || title from impediment")
			.query(String.class)
			.single()).isEqualTo("U0BOB/U0ANN/HIGH/Staging DB is read-only");
		awaitQueuedDeliveries();
		assertThat(slack.postsTo("U0BOB")).anySatisfy((dm) -> assertThat(dm.get("text")).contains("owner of IMP-"));
	}

	@Test
	void anOwnerFollowedByAWordThatIsNotASeverityIsAnErrorNotATitle() {
		assertThat(text(client.command("/impediment", "log x <@U0ANN|ann> critical", "U0BOB", "C1", "team-C1")))
			.contains("'critical' is not a severity: severity is low, medium or high. Nothing was logged.")
			.contains("/impediment log x <@U0ANN> high");
		assertThat(text(client.command("/impediment", "log Deploy <@U0ZED|zed>", "U0BOB", "C1", "team-C1")))
			.contains("<@U0ZED> is not in #team-C1, and an owner must be");
		assertThat(jdbc.sql("select count(*) from impediment").query(Long.class).single()).isZero();

		assertThat(text(client.command("/impediment", "log Release is a blocker", "U0BOB", "C1", "team-C1")))
			.contains("Logged");
		assertThat(text(client.command("/impediment", "lgo CI red", "U0BOB", "C1", "team-C1")))
			.contains("Did you mean /impediment log?");
	}

	@Test
	void unknownSubcommandAnswersWithHelp() {
		assertThat(text(client.command("/impediment", "frobnicate", "U0ANN", "C1", "team-C1")))
			.contains("I don't know '/impediment frobnicate'")
			.contains("/impediment log");
		assertThat(text(client.command("/standup", "dance", "U0ANN", "C1", "team-C1"))).contains("/standup join");
	}

	@Test
	void badArgumentsSayWhatIsWrongAndWhatWouldBeRight() {
		assertThat(text(client.command("/impediment", "log", "U0ANN", "C1", "team-C1")))
			.contains("needs a description");
		assertThat(text(client.command("/impediment", "show IMP-999", "U0ANN", "C1", "team-C1")))
			.contains("There is no IMP-999");
		assertThat(text(client.command("/impediment", "show banana", "U0ANN", "C1", "team-C1")))
			.contains("ids look like IMP-12");
		assertThat(text(client.command("/impediment", "log " + "x".repeat(600), "U0ANN", "C1", "team-C1")))
			.contains("600 characters");
		assertThat(text(client.command("/standup", "skip 2026-13-45", "U0ANN", "C1", "team-C1")))
			.contains("is not a date");
		assertThat(text(client.command("/standup", "away 2026-12-10 2026-12-01", "U0ANN", "C1", "team-C1")))
			.contains("before it starts");
		assertThat(jdbc.sql("select count(*) from impediment").query(Long.class).single()).isZero();
	}

	@Test
	void onlyOwnerReporterOrPmMayResolveAndARefusalChangesNothing() {
		text(client.command("/impediment", "log Flaky e2e suite", "U0ANN", "C1", "team-C1"));
		long id = jdbc.sql("select id from impediment").query(Long.class).single();

		assertThat(text(client.command("/impediment", "resolve IMP-" + id + " fixed it", "U0BOB", "C1", "team-C1")))
			.contains("Only the owner or reporter");
		assertThat(status(id)).isEqualTo("OPEN");

		assertThat(text(client.command("/impediment", "resolve IMP-" + id + " quarantined", "U0PM", "C1", "team-C1")))
			.contains("Resolved");
		assertThat(status(id)).isEqualTo("RESOLVED");
		assertThat(text(client.command("/impediment", "resolve IMP-" + id, "U0PM", "C1", "team-C1")))
			.contains("it is resolved");
		assertThat(text(client.command("/impediment", "show IMP-" + id, "U0BOB", "C1", "team-C1")))
			.contains("Opened by").contains("Resolved: quarantined");
	}

	@Test
	void peopleOutsideTheTeamCannotReadItsImpediments() {
		text(client.command("/impediment", "log Salary bands leak in logs", "U0ANN", "C1", "team-C1"));
		long id = jdbc.sql("select id from impediment").query(Long.class).single();

		assertThat(text(client.command("/impediment", "show IMP-" + id, "U0ZED", "D0ZED", "directmessage")))
			.contains("You are not in")
			.doesNotContain("Salary");
		assertThat(text(client.command("/impediment", "history IMP-" + id, "U0ZED", "D0ZED", "directmessage")))
			.doesNotContain("Salary");
	}

	@Test
	void assignGivesTheImpedimentToSomeoneElseAndTellsThem() {
		text(client.command("/impediment", "log Waiting for security review", "U0ANN", "C1", "team-C1"));
		long id = jdbc.sql("select id from impediment").query(Long.class).single();

		assertThat(text(client.command("/impediment", "assign IMP-" + id + " <@U0BOB|bob>", "U0ANN", "C1", "team-C1")))
			.contains("<@U0BOB>");

		assertThat(jdbc.sql("select owner_id from impediment").query(String.class).single()).isEqualTo("U0BOB");
		awaitQueuedDeliveries();
		assertThat(slack.postsTo("U0BOB")).isNotEmpty();
	}

	@Test
	void listShowsTheTeamsOpenImpedimentsAndMine() {
		text(client.command("/impediment", "log First blocker", "U0ANN", "C1", "team-C1"));
		text(client.command("/impediment", "log Second blocker <@U0BOB>", "U0ANN", "C1", "team-C1"));

		assertThat(text(client.command("/impediment", "list", "U0PM", "C1", "team-C1"))).contains("First blocker")
			.contains("Second blocker");
		assertThat(text(client.command("/impediment", "list mine", "U0BOB", "D_BOB", "directmessage")))
			.contains("Second blocker")
			.doesNotContain("First blocker");
	}

	@Test
	void setupByNonPmIsRefusedPolitely() {
		String reply = text(client.command("/standup", "setup", "U0BOB", "C1", "team-C1"));

		assertThat(reply).contains("Only the PMs");
	}

	@Test
	void standupCommandsWorkForMembers() {
		assertThat(text(client.command("/standup", "status", "U0ANN", "C1", "team-C1"))).contains("Prompts at 09:00");
		assertThat(text(client.command("/standup", "away 2026-12-21 2026-12-31", "U0ANN", "C1", "team-C1")))
			.contains("Enjoy your time off");
		assertThat(text(client.command("/standup", "now", "U0ANN", "C1", "team-C1"))).contains("Only the PMs");
		assertThat(text(client.command("/standup", "leave", "U0BOB", "C1", "team-C1"))).contains("You left");
		assertThat(text(client.command("/standup", "join", "U0BOB", "C1", "team-C1"))).contains("You're in");
	}

	private static String text(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return Blocks.tree(response.body()).toString();
	}

	private String status(long id) {
		return jdbc.sql("select status from impediment where id = :id").param("id", id).query(String.class).single();
	}

}
