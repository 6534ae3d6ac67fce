package dev.steward.digest;

import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.steward.impediment.WorkingAge;
import dev.steward.support.SlackStub;
import dev.steward.support.StewardInstance;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long composing (and rendering, chart included) a daily digest takes for a subscriber who follows 20 teams with
 * 10,000 impediments between them, on H2. Prints figures. Run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=DigestComposeBenchmark}.
 */
@Tag("benchmark")
class DigestComposeBenchmark {

	private static final int TEAMS = 20;

	private static final int IMPEDIMENTS = 10_000;

	private static final int RUNS = 20;

	@Test
	void composesADigestForTwentyTeamsAndTenThousandImpediments() throws Exception {
		SlackStub slack = new SlackStub().start();
		try (StewardInstance steward = StewardInstance.start(
				StewardInstance.h2File(Files.createTempDirectory("digest-bench")), slack,
				"--logging.level.dev.steward=WARN")) {
			Instant end = Instant.parse("2026-11-30T07:00:00Z");
			List<Team> teams = seed(steward, end);
			DigestComposer composer = steward.bean(DigestComposer.class);
			WorkingAge ages = steward.bean(WorkingAge.class);
			Period period = new Period("2026-11-30", end.minusSeconds(86_400), end);
			ZoneId zone = ZoneId.of("Europe/Berlin");
			for (int i = 0; i < 3; i++) {
				DigestMessages.render(composer.compose(teams, period, false, Optional.empty(), zone),
						ages.calendar(teams.get(0)), zone);
			}
			List<Double> compose = new ArrayList<>();
			List<Double> total = new ArrayList<>();
			Digest digest = null;
			for (int i = 0; i < RUNS; i++) {
				long started = System.nanoTime();
				digest = composer.compose(teams, period, false, Optional.empty(), zone);
				long composed = System.nanoTime();
				DigestMessages.render(digest, ages.calendar(teams.get(0)), zone);
				long rendered = System.nanoTime();
				compose.add((composed - started) / 1e6);
				total.add((rendered - started) / 1e6);
			}
			Collections.sort(compose);
			Collections.sort(total);
			System.out.printf("%nDigest for %d teams with %,d impediments (%d open at the end), H2, %d runs%n", TEAMS,
					IMPEDIMENTS, digest.openCount(), RUNS);
			System.out.printf("  compose: p50 %.1f ms, max %.1f ms%n", compose.get(RUNS / 2), compose.get(RUNS - 1));
			System.out.printf("  compose + render with the PNG chart: p50 %.1f ms, max %.1f ms%n", total.get(RUNS / 2),
					total.get(RUNS - 1));
			assertThat(digest.teams()).hasSize(TEAMS);
		}
		finally {
			slack.stop();
		}
	}

	private static List<Team> seed(StewardInstance steward, Instant end) {
		TeamRepository teams = steward.bean(TeamRepository.class);
		JdbcClient jdbc = steward.bean(JdbcClient.class);
		List<Team> created = new ArrayList<>();
		for (int t = 0; t < TEAMS; t++) {
			created.add(teams.create(dev.steward.chat.Platform.SLACK, "T1", "C" + t, "#team-" + t,
					ZoneId.of("Europe/Berlin"), end.minusSeconds(90L * 86_400)));
		}
		for (int i = 0; i < IMPEDIMENTS; i++) {
			Team team = created.get(i % TEAMS);
			Instant opened = end.minusSeconds(60L * (i % (60 * 24 * 40)));
			boolean resolved = i % 3 == 0;
			jdbc.sql("insert into impediment (team_id, title, owner_id, reporter_id, severity, status, opened_at, "
					+ "climb_started_at, rung, resolved_at, resolved_working_minutes) values (:team, :title, :owner, "
					+ ":owner, 'MEDIUM', :status, :opened, :opened, :rung, :resolved, :minutes)")
				.param("team", team.id())
				.param("title", "Impediment " + i)
				.param("owner", "U" + (i % 300))
				.param("status", resolved ? "RESOLVED" : "OPEN")
				.param("opened", opened.atOffset(java.time.ZoneOffset.UTC))
				.param("rung", i % 4)
				.param("resolved", resolved ? opened.plusSeconds(3600L * (i % 50)).atOffset(java.time.ZoneOffset.UTC) : null)
				.param("minutes", resolved ? (long) (i % 50) * 60 : null)
				.update();
		}
		return created;
	}

}
