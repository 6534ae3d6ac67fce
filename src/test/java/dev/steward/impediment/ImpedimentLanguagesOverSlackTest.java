package dev.steward.impediment;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.chat.Platform;
import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;
import dev.steward.team.TeamRepository;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The impediment log in the team's language over Slack: replies and history in German for a German team, a person's
 * own language winning in what is written to them alone, and refusals in the language of whoever asked.
 */
class ImpedimentLanguagesOverSlackTest extends SlackEdgeTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	private TeamRepository teams;

	@BeforeEach
	void team() {
		setUpStandup("C1", "U0PM", List.of("U0ANN", "U0BOB"), "Europe/Berlin", "TEAM", "09:00", "11:00");
		clock.freezeAt(LocalDateTime.parse("2026-11-23T10:00").atZone(BERLIN).toInstant());
	}

	@Test
	void aGermanTeamLogsAnImpedimentAndShowsItWithItsHistoryInGerman() {
		teams.setLanguage(teamId(), "de");
		String logged = command("U0ANN", "/impediment", "log CI-Pipeline ist rot high");
		long id = newest();
		assertThat(logged).contains("IMP-" + id + " gemeldet: CI-Pipeline ist rot").contains("Schwere hoch");
		command("U0ANN", "/impediment", "severity IMP-" + id + " low");
		command("U0ANN", "/impediment", "comment IMP-" + id + " Wartet auf das Ops-Team");

		String shown = command("U0ANN", "/impediment", "show IMP-" + id);

		assertThat(shown).contains("Verlauf").contains("Zeiten in Europe/Berlin").contains("23. Nov")
			.contains("Gemeldet von").contains("Schwere hoch")
			.contains("Schwere von hoch auf niedrig ge")
			.contains("Wartet auf das Ops-Team")
			.doesNotContain("Severity changed");
		assertThat(jdbc.sql("select detail from impediment_event where impediment_id = :id and kind = 'SEVERITY'")
			.param("id", id).query(String.class).single())
			.as("the stored sentence stays English for the API and exports")
			.isEqualTo("Severity changed from high to low");
	}

	@Test
	void aSpanishPersonsGermanWordShowsTheImpedimentInSpanish() {
		teams.setPersonLanguage(Platform.SLACK, "T1", "U0BOB", "es");
		command("U0ANN", "/impediment", "log CI pipeline is red");
		long id = newest();

		String shown = command("U0BOB", "/impediment", "zeigen IMP-" + id);

		assertThat(shown).contains("Historial").contains("Abierto por").contains("gravedad media");
		assertThat(command("U0ANN", "/impediment", "show IMP-" + id)).as("the team stays English")
			.contains("History").contains("Opened by");
	}

	@Test
	void theNewOwnerIsToldInTheirOwnLanguageWhileTheReporterReadsTheTeams() {
		teams.setLanguage(teamId(), "de");
		teams.setPersonLanguage(Platform.SLACK, "T1", "U0BOB", "es");

		String logged = command("U0ANN", "/impediment", "log Testumgebung ist down <@U0BOB>");
		awaitQueuedDeliveries();

		assertThat(logged).contains("gemeldet");
		assertThat(slack.postsTo("U0BOB")).anySatisfy((post) -> assertThat(post.get("text"))
			.contains("te ha hecho responsable de IMP-" + newest()).contains("gravedad media"));
	}

	@Test
	void aTaggedHelperIsAskedInTheirOwnLanguageWithButtonsToMatch() {
		teams.setPersonLanguage(Platform.SLACK, "T1", "U0BOB", "es");

		command("U0ANN", "/impediment", "log <@U0BOB> needs to approve the vendor keys");
		awaitQueuedDeliveries();

		assertThat(slack.postsTo("U0BOB")).anySatisfy((post) -> assertThat(post.get("text"))
			.contains("necesita tu ayuda con IMP-" + newest()));
		assertThat(slack.postsTo("U0BOB")).anySatisfy((post) -> assertThat(Blocks.tree(post.get("blocks")).toString())
			.contains("Confirmar").contains("Añadir actualización").contains("Resolver"));
	}

	@Test
	void aChangeDecisionBySomeoneNotAPmIsRefusedInGermanAndChangesNothing() {
		teams.setLanguage(teamId(), "de");
		command("U0ANN", "/change", "request Apple Pay im Checkout changes: scope");
		long id = newest();

		String refused = command("U0ANN", "/change", "approve CR-" + id + " die Kunden wollen es");

		assertThat(refused).contains("Nur ein PM von").contains("CR-" + id + " genehmigen")
			.contains("Nichts wurde ge");
		assertThat(jdbc.sql("select status from impediment where id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("OPEN");
		assertThat(jdbc.sql("select count(*) from impediment_event where impediment_id = :id").param("id", id)
			.query(Long.class).single()).as("only the request's own line").isOne();
	}

	private long teamId() {
		return jdbc.sql("select id from team where channel_id = 'C1'").query(Long.class).single();
	}

	private long newest() {
		return jdbc.sql("select max(id) from impediment").query(Long.class).single();
	}

	private String command(String user, String command, String text) {
		HttpResponse<String> response = client.command(command, text, user, "C1", "team-C1");
		assertThat(response.statusCode()).isEqualTo(200);
		return Blocks.tree(response.body()).toString();
	}

}
