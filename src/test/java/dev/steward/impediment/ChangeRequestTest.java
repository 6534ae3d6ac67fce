package dev.steward.impediment;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.steward.command.UsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the execution log's other kinds: a change request is triaged, never resolved or escalated. */
class ChangeRequestTest {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	@Test
	void approvingNeedsAnAssessmentAndAReason() {
		Impediment request = opened(LogKind.CHANGE_REQUEST);

		assertThatThrownBy(() -> request.decide(Decision.APPROVED, "worth it", "PM", NOW))
			.isInstanceOf(UsageException.class).hasMessageContaining("has not been assessed yet");
		request.assess("Two days", Set.of(), "PM", NOW);
		assertThatThrownBy(() -> request.decide(Decision.APPROVED, " ", "PM", NOW))
			.hasMessageContaining("Give the reason");
		request.decide(Decision.APPROVED, "worth it", "PM", NOW);

		assertThat(request.status()).isEqualTo(ImpedimentStatus.RESOLVED);
		assertThat(request.decision()).isEqualTo(Decision.APPROVED);
		assertThat(request.drainEvents()).extracting(ImpedimentEvent::kind).containsExactly("ASSESSED", "APPROVED");
	}

	@Test
	void aRequestCanBeRejectedOrDeferredWithoutAnAssessmentAndReopenedForANewDecision() {
		Impediment request = opened(LogKind.CHANGE_REQUEST);
		request.decide(Decision.DEFERRED, "after the launch", "PM", NOW);
		assertThat(request.describeStatus()).isEqualTo("deferred");
		assertThatThrownBy(() -> request.decide(Decision.REJECTED, "no", "PM", NOW))
			.hasMessageContaining("it is deferred");

		request.reopen("PM", NOW.plusSeconds(60));

		assertThat(request.decision()).isNull();
		assertThat(request.status()).isEqualTo(ImpedimentStatus.OPEN);
	}

	@Test
	void aChangeRequestIsNeverResolvedSnoozedOrEscalated() {
		Impediment request = opened(LogKind.CHANGE_REQUEST);

		assertThatThrownBy(() -> request.resolve("PM", null, NOW, Duration.ZERO)).hasMessageContaining("/change approve");
		assertThatThrownBy(() -> request.snooze(NOW.plusSeconds(3600), java.time.ZoneOffset.UTC, "PM", NOW))
			.hasMessageContaining("never escalates");
		assertThatThrownBy(() -> request.escalate(1, "PM", NOW, "up", null)).hasMessageContaining("it is triaged");
		assertThat(request.drainEvents()).isEmpty();
	}

	@Test
	void onlyChangeRequestsAreAssessedAndOnlyIssuesAndChangeRequestsCarryAnImpact() {
		Impediment impediment = opened(LogKind.IMPEDIMENT);
		Impediment issue = opened(LogKind.ISSUE);

		assertThatThrownBy(() -> issue.assess("big", Set.of(), "PM", NOW)).hasMessageContaining("is an issue");
		assertThatThrownBy(() -> impediment.changeImpact("big", "PM", NOW)).hasMessageContaining("carry an impact");
		issue.changeImpact("EU checkout down", "U1", NOW);

		assertThat(issue.impact()).isEqualTo("EU checkout down");
		assertThat(issue.key()).isEqualTo("ISS-7");
	}

	@Test
	void entriesOfDifferentKindsAreNotMerged() {
		Impediment impediment = opened(LogKind.IMPEDIMENT);
		Impediment issue = new Impediment(8, 1, LogKind.ISSUE, "Outage", "U1", NOW, null, state());

		assertThatThrownBy(() -> impediment.mergeInto(issue, "PM", NOW)).hasMessageContaining("only entries of one kind");
	}

	@Test
	void readsTheLabelledPartsOfARequest() {
		DetailArgs args = DetailArgs.parse("Add Apple Pay changes: scope and cost impact: two more days", true);

		assertThat(args.title()).isEqualTo("Add Apple Pay");
		assertThat(args.areas()).containsExactlyInAnyOrder(ChangeArea.SCOPE, ChangeArea.COST);
		assertThat(args.impact()).isEqualTo("two more days");
		assertThat(DetailArgs.parse("The impact on sales is unclear", false).title())
			.as("a word without its colon is part of the text")
			.isEqualTo("The impact on sales is unclear");
		assertThatThrownBy(() -> DetailArgs.parse("Outage changes: scope", false))
			.hasMessageContaining("Only a change request");
		assertThatThrownBy(() -> DetailArgs.parse("Cheaper changes: budget", true)).hasMessageContaining("'budget'");
	}

	private static Impediment opened(LogKind kind) {
		return Impediment.opened(7, 1, kind, "Something", "U1", "U1", Severity.MEDIUM, null, NOW,
				new Impediment.Details(null, EnumSet.noneOf(ChangeArea.class)));
	}

	private static Impediment.State state() {
		Impediment.State state = new Impediment.State();
		state.ownerId = "U1";
		state.severity = Severity.MEDIUM;
		state.status = ImpedimentStatus.OPEN;
		state.climbStartedAt = NOW;
		return state;
	}

}
