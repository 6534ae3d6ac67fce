package dev.steward.escalation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.steward.chat.Platform;
import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;
import dev.steward.team.TeamRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Escalation notices over Slack in the reader's language: a German team's owner, channel and PMs hear German, a PM
 * with a language of their own hears theirs, and no English sentence of the escalation bundle slips through.
 */
class EscalationInTheReadersLanguageOverSlackTest extends SlackEdgeTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	private TeamRepository teams;

	@BeforeEach
	void germanTeam() {
		setUpStandupIn("de", "C1", "U0PM", List.of("U0ANN", "U0BOB"), "Europe/Berlin", "TEAM", "09:00", "11:00");
	}

	@Test
	void aGermanTeamsOwnerHearsTheFirstRungEntirelyInGerman() {
		long id = log("2026-11-23T10:00", "U0ANN", "Prod-Zugang abgelaufen");

		tickAt(instant("2026-11-23T14:00"));

		String notice = onlyPost("U0ANN", "blockiert");
		assertThat(notice).contains("\u26a0\ufe0f IMP-" + id + " blockiert")
			.contains("Stufe 1 von 4 (die verantwortliche Person):")
			.contains("offen: 4 Std. Arbeitszeit; die Schwelle ist 4 Arbeitsstunden.")
			.contains("L\u00f6sen")
			.contains("1 Tag zur\u00fcckstellen")
			.contains("Kommentieren");
		assertNoEnglishSentence(notice);
	}

	@Test
	void theChannelHearsTheTeamsLanguageAndAPmWithTheirOwnLanguageTheirs() throws Exception {
		teams.setPersonLanguage(Platform.SLACK, "T1", "U0PM", "es");
		long id = log("2026-11-23T10:00", "U0ANN", "Build-Agents ohne Platz");

		assertThat(command("2026-11-23T10:10", "U0ANN", "escalate IMP-" + id + " pm"))
			.contains("IMP-" + id + " auf Stufe 2 eskaliert (die PMs).");
		assertThat(command("2026-11-23T10:11", "U0ANN", "escalate IMP-" + id + " channel bitte schauen"))
			.contains("auf Stufe 3 eskaliert (der Team-Channel)");
		command("2026-11-23T10:30", "U0ANN", "resolve IMP-" + id + " Platz geschaffen");
		awaitQueuedDeliveries();

		String toPm = onlyPost("U0PM", "est\u00e1 bloqueando a");
		assertThat(toPm).contains("Nivel 2 de 4 (los PM):").contains("escalado a mano por")
			.contains("Hacerme cargo").doesNotContain("Stufe 2 von 4");
		String toChannel = onlyPost("C1", "blockiert");
		assertThat(toChannel).contains("Stufe 3 von 4 (der Team-Channel):")
			.contains("von Hand eskaliert von").contains(": bitte schauen")
			.contains("\u00dcbernehmen");
		assertThat(onlyPost("C1", "ist gel\u00f6st")).contains("Es hat 30 Min. Arbeitszeit gedauert; gel\u00f6st von");
		assertThat(onlyPost("U0PM", "est\u00e1 resuelto"))
			.contains("Llev\u00f3 30 min de tiempo laboral; lo resolvi\u00f3");
		assertNoEnglishSentence(toPm);
		assertNoEnglishSentence(toChannel);
	}

	/** Fails when the post holds a sentence of the English escalation bundle (its words between the arguments). */
	private static void assertNoEnglishSentence(String post) {
		for (String english : englishFragments()) {
			assertThat(post).as("English '" + english + "' in a translated notice")
				.doesNotContainPattern("(?<!\\p{L})" + Pattern.quote(english) + "(?!\\p{L})");
		}
	}

	private static List<String> englishFragments() {
		Properties english = new Properties();
		try (InputStream in = EscalationInTheReadersLanguageOverSlackTest.class
			.getResourceAsStream("/messages/escalation.properties")) {
			english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return english.values()
			.stream()
			.map(String.class::cast)
			.filter((value) -> !value.contains("choice"))
			.flatMap((value) -> Arrays.stream(value.replace("''", "'").split("\\{\\d+\\}")))
			.map(String::strip)
			.filter((fragment) -> fragment.length() >= 6)
			.toList();
	}

	private String onlyPost(String to, String containing) {
		awaitQueuedDeliveries();
		List<Map<String, String>> posts = slack.postsTo(to)
			.stream()
			.filter((post) -> post.get("text").contains(containing))
			.toList();
		assertThat(posts).as("posts to " + to + " with '" + containing + "'").hasSize(1);
		return posts.get(0).get("text") + "\n" + posts.get(0).get("blocks");
	}

	private long log(String berlinTime, String user, String text) {
		assertThat(command(berlinTime, user, "log " + text)).contains("IMP-");
		return jdbc.sql("select max(id) from impediment").query(Long.class).single();
	}

	private String command(String berlinTime, String user, String text) {
		clock.freezeAt(instant(berlinTime));
		var response = client.command("/impediment", text, user, "C1", "team-C1");
		assertThat(response.statusCode()).isEqualTo(200);
		return Blocks.tree(response.body()).toString();
	}

	private static Instant instant(String berlinTime) {
		return LocalDateTime.parse(berlinTime).atZone(BERLIN).toInstant();
	}

}
