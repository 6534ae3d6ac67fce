package dev.steward.standup;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;
import dev.steward.support.StandupSetup;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People choose the language Steward writes to them in with /standup language over Slack, and a team's language
 * chosen in the setup form is what its PM's replies, the channel's notices and the setup form itself are written in.
 */
class StandupLanguageOverSlackTest extends SlackEdgeTest {

	/** Monday 23 November 2026, 07:30 in Asia/Kolkata, before the 09:00 prompt. */
	private static final Instant MONDAY_EARLY = Instant.parse("2026-11-23T02:00:00Z");


	@Test
	void aPersonWhoChoosesGermanGetsTheHelpInGermanWithTheGermanWords() {
		setUpStandup("C20", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");

		assertThat(text(client.command("/standup", "language de", "U0BOB", "C20", "team-C20")))
			.contains("Ab jetzt schreibe ich dir auf Deutsch.");
		String help = text(client.command("/standup", "help", "U0BOB", "C20", "team-C20"));

		assertThat(help).contains("/standup join: bei den Stand-ups dieses Kanals mitmachen")
			.contains("antworten (answer)")
			.contains("sprache (language)");
		assertThat(personLanguage("U0BOB")).isEqualTo("de");
		assertThat(text(client.command("/standup", "help", "U0PM", "C20", "team-C20")))
			.contains("/standup join: take part in this channel")
			.doesNotContain("antworten");
	}

	@Test
	void showsTheSettingAndGoesBackToTheTeamsLanguage() {
		setUpStandup("C21", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");

		assertThat(text(client.command("/standup", "language", "U0BOB", "C21", "team-C21")))
			.contains("I write to you in your team's language, English.");
		assertThat(text(client.command("/standup", "language es", "U0BOB", "C21", "team-C21")))
			.contains("A partir de ahora te escribo en español.");
		assertThat(text(client.command("/standup", "idioma", "U0BOB", "C21", "team-C21")))
			.contains("Te escribo en Español.");
		assertThat(text(client.command("/standup", "language team", "U0BOB", "C21", "team-C21")))
			.contains("From now on I write to you in your team's language, English.");
		assertThat(personLanguage("U0BOB")).isNull();
	}

	@Test
	void aPersonsOwnLanguageWinsInTheirLeaveAndHolidayRepliesInAnEnglishTeam() {
		setUpStandup("C27", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");
		clock.freezeAt(MONDAY_EARLY);
		text(client.command("/standup", "language de", "U0BOB", "C27", "team-C27"));

		assertThat(text(client.command("/standup", "abwesend 2026-11-24 2026-11-25", "U0BOB", "C27", "team-C27")))
			.isEqualTo("Genie\u00df deine freie Zeit! Im Zeitraum Di., 24. Nov. \u2013 Mi., 25. Nov. (2 Tage) bekommst "
					+ "du keine Fragen und wirst als abwesend angezeigt.");
		assertThat(text(client.command("/standup", "feiertage", "U0BOB", "C27", "team-C27")))
			.startsWith("Feiertage von #team-C27 (kein Stand-up, das Alter steht still): keine geplant");
		assertThat(text(client.command("/standup", "away 2026-11-24 2026-11-25", "U0PM", "C27", "team-C27")))
			.startsWith("Enjoy your time off! From Tue 24 Nov");
	}

	@Test
	void aGermanAliasWorksLikeTheEnglishWord() {
		setUpStandup("C22", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");
		clock.freezeAt(MONDAY_EARLY);

		assertThat(client.command("/standup", "antworten", "U0BOB", "C22", "team-C22").statusCode()).isEqualTo(200);

		Map<String, String> modal = slack.calls("views.open").get(slack.calls("views.open").size() - 1);
		assertThat(Blocks.tree(modal.get("view")).path("callback_id").asString()).isEqualTo("standup.answers");
	}

	@Test
	void refusesALanguageWithoutWordsAndStoresNothing() {
		setUpStandup("C23", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");

		assertThat(text(client.command("/standup", "language fr", "U0BOB", "C23", "team-C23")))
			.contains("I don't speak 'fr'")
			.contains("en (English), de (Deutsch), es (Espa\u00f1ol)");

		assertThat(personLanguage("U0BOB")).isNull();
	}

	@Test
	void asksSomeoneInNoTeamToJoinOneFirst() {
		assertThat(text(client.command("/standup", "language de", "U0NEW", "C24", "team-C24")))
			.contains("Join a team first");

		assertThat(jdbc.sql("select count(*) from member").query(Long.class).single()).isZero();
	}

	@Test
	void aGermanTeamsPmPausingGetsGermanRepliesAndTheChannelAGermanNotice() {
		setUpStandupIn("de", "C25", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");
		clock.freezeAt(MONDAY_EARLY);

		String reply = awaitingDeliveries(() -> text(client.command("/standup", "pause until 2026-11-24", "U0PM", "C25",
				"team-C25")));

		assertThat(reply).contains("Stand-up von #team-C25 pausiert, bis einschlie\u00dflich Di., 24. Nov.");
		assertThat(slack.postsTo("C25")).anySatisfy((post) -> assertThat(post.get("text"))
			.contains("Das Stand-up ist pausiert, bis einschlie\u00dflich Di., 24. Nov.")
			.contains("solange keine Fragen, Erinnerungen oder Zusammenfassung"));
		assertThat(text(client.command("/standup", "pause until", "U0PM", "C25", "team-C25")))
			.contains("Schreib /standup pause");
	}

	@Test
	void aGermanTeamsSetupFormIsGermanAndRefusesALanguageWithoutWords() {
		setUpStandupIn("de", "C26", "U0PM", List.of("U0BOB"), "Asia/Kolkata", "TEAM", "09:00", "11:00");

		assertThat(client.command("/standup", "setup", "U0PM", "C26", "team-C26").statusCode()).isEqualTo(200);
		String form = slack.calls("views.open").get(slack.calls("views.open").size() - 1).get("view");
		HttpResponse<String> refused = client.interaction(StandupSetup.of(List.of("U0BOB"), "U0PM")
			.set("language", "fr")
			.slack("U0PM", "C26", "team-C26"));

		assertThat(form).contains("Sprache, die Steward in diesem Team spricht").contains("Deutsch")
			.contains("Espa\u00f1ol").contains("Montag");
		assertThat(refused.body()).contains("errors").contains("W\u00e4hl eine von English, Deutsch, Espa\u00f1ol.");
		assertThat(jdbc.sql("select language from team where channel_id = 'C26'").query(String.class).single())
			.isEqualTo("de");
	}


	private String personLanguage(String userId) {
		return jdbc.sql("select language from member where user_id = :user").param("user", userId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** The text of an ephemeral reply. */
	private static String text(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return Blocks.tree(response.body()).path("text").asString();
	}

}
