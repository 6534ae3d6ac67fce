package dev.steward.impediment;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.chat.Platform;
import dev.steward.support.StorageTest;
import dev.steward.support.TestDatabase;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** Impediments round-trip with their lifecycle state; a stale copy cannot overwrite a newer change. */
class ImpedimentRepositoryStorageTest extends StorageTest {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	private ImpedimentRepository impediments;

	private Team team;

	@BeforeEach
	void team() {
		TestDatabase.clean(jdbc);
		impediments = new ImpedimentRepository(jdbc);
		team = new TeamRepository(jdbc).create(Platform.SLACK, "T1", "C1", "#core", ZoneId.of("UTC"), NOW);
	}

	@Test
	void keepsTheLifecycleStateAndTheReporters() {
		long id = impediments.insert(team.id(), "CI is red", "U1", "U2", Severity.HIGH, null, NOW);
		Impediment impediment = impediments.find(id).orElseThrow();
		impediment.snooze(NOW.plus(Duration.ofDays(1)), "tomorrow", "U1", NOW);
		assertThat(impediments.save(impediment)).isTrue();

		Impediment stored = impediments.find(id).orElseThrow();
		assertThat(stored.status()).isEqualTo(ImpedimentStatus.SNOOZED);
		assertThat(stored.snoozedUntil()).isEqualTo(NOW.plus(Duration.ofDays(1)));
		assertThat(stored.severity()).isEqualTo(Severity.HIGH);
		assertThat(impediments.reporters(id)).containsExactly("U2");
		assertThat(impediments.history(id)).extracting(ImpedimentEvent::kind).containsExactly("SNOOZED");
	}

	@Test
	void aStaleCopyCannotOverwriteANewerChange() {
		long id = impediments.insert(team.id(), "Waiting on legal", "U1", "U1", Severity.MEDIUM, null, NOW);
		Impediment first = impediments.find(id).orElseThrow();
		Impediment second = impediments.find(id).orElseThrow();

		first.resolve("U1", "signed", NOW, Duration.ofHours(3));
		second.comment("still waiting", "U2", NOW);

		assertThat(impediments.save(first)).isTrue();
		assertThat(impediments.save(second)).isFalse();
		assertThat(impediments.find(id).orElseThrow().status()).isEqualTo(ImpedimentStatus.RESOLVED);
		assertThat(impediments.history(id)).extracting(ImpedimentEvent::kind).containsExactly("RESOLVED");
	}

	@Test
	void dueForCheckReturnsOnlyWhatIsDueOldestFirst() {
		long later = impediments.insert(team.id(), "Later", "U1", "U1", Severity.LOW, null, NOW);
		long sooner = impediments.insert(team.id(), "Sooner", "U1", "U1", Severity.LOW, null, NOW);
		long future = impediments.insert(team.id(), "Future", "U1", "U1", Severity.LOW, null, NOW);
		impediments.scheduleCheck(later, NOW.minusSeconds(10));
		impediments.scheduleCheck(sooner, NOW.minusSeconds(60));
		impediments.scheduleCheck(future, NOW.plusSeconds(60));

		assertThat(impediments.dueForCheck(NOW, 10)).containsExactly(sooner, later);
	}

}
