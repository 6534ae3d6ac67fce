package dev.steward.impediment;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;

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
		long id = insert("CI is red", "U1", "U2", Severity.HIGH);
		Impediment impediment = impediments.find(id).orElseThrow();
		impediment.snooze(NOW.plus(Duration.ofDays(1)), ZoneId.of("UTC"), "U1", NOW);
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
		long id = insert("Waiting on legal", "U1", "U1", Severity.MEDIUM);
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
		long later = insert("Later", "U1", "U1", Severity.LOW);
		long sooner = insert("Sooner", "U1", "U1", Severity.LOW);
		long future = insert("Future", "U1", "U1", Severity.LOW);
		impediments.scheduleCheck(later, NOW.minusSeconds(10));
		impediments.scheduleCheck(sooner, NOW.minusSeconds(60));
		impediments.scheduleCheck(future, NOW.plusSeconds(60));

		assertThat(impediments.dueForCheck(NOW, 10)).containsExactly(sooner, later);
	}

	@Test
	void keepsAChangeRequestsAssessmentAndDecision() {
		long id = impediments.insert(team.id(), LogKind.CHANGE_REQUEST, "Add Apple Pay", "U1", "U1", Severity.MEDIUM,
				null, NOW, new Impediment.Details(null, EnumSet.of(ChangeArea.SCOPE)));
		Impediment request = impediments.find(id).orElseThrow();
		request.assess("Two more days of work", EnumSet.of(ChangeArea.SCOPE, ChangeArea.SCHEDULE), "U0PM", NOW);
		request.decide(Decision.APPROVED, "Worth it for the launch", "U0PM", NOW.plusSeconds(60));
		assertThat(impediments.save(request)).isTrue();

		Impediment stored = impediments.find(id).orElseThrow();
		assertThat(stored.kind()).isEqualTo(LogKind.CHANGE_REQUEST);
		assertThat(stored.key()).isEqualTo("CR-" + id);
		assertThat(stored.changeAreas()).containsExactlyInAnyOrder(ChangeArea.SCOPE, ChangeArea.SCHEDULE);
		assertThat(stored.impact()).isEqualTo("Two more days of work");
		assertThat(stored.assessedBy()).isEqualTo("U0PM");
		assertThat(stored.decision()).isEqualTo(Decision.APPROVED);
		assertThat(stored.decisionReason()).isEqualTo("Worth it for the launch");
		assertThat(stored.decidedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(stored.describeStatus()).isEqualTo("approved");
	}

	@Test
	void aTriageReminderIsTakenOnce() {
		long id = impediments.insert(team.id(), LogKind.CHANGE_REQUEST, "Move the demo", "U1", "U1", Severity.LOW,
				null, NOW, Impediment.Details.NONE);
		impediments.scheduleTriage(id, NOW.plusSeconds(60));

		assertThat(impediments.teamsDueForTriage(NOW)).isEmpty();
		assertThat(impediments.teamsDueForTriage(NOW.plusSeconds(60))).containsExactly(team.id());
		assertThat(impediments.dueForTriage(team.id(), NOW.plusSeconds(60))).extracting(Impediment::id)
			.containsExactly(id);
		assertThat(impediments.claimTriage(id)).isTrue();
		assertThat(impediments.claimTriage(id)).isFalse();
		assertThat(impediments.teamsDueForTriage(NOW.plusSeconds(3600))).isEmpty();
	}

	private long insert(String title, String owner, String reporter, Severity severity) {
		return impediments.insert(team.id(), LogKind.IMPEDIMENT, title, owner, reporter, severity, null, NOW,
				Impediment.Details.NONE);
	}

}
