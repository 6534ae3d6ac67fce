package dev.steward.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Conversation;
import dev.steward.delivery.DeliveryKind;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.delivery.Lifetime;
import dev.steward.i18n.Words;
import dev.steward.impediment.AgeClock;
import dev.steward.impediment.Impediment;
import dev.steward.impediment.ImpedimentEvent;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.impediment.ImpedimentStatus;
import dev.steward.impediment.WorkingAge;
import dev.steward.sprint.GoalLinks;
import dev.steward.team.TeamCalendar;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Climbs the ladder: decides when an impediment's next rung is due in working time, fires it exactly once (a
 * conditional update on the rung, then messages queued with idempotency keys, in one transaction), and schedules
 * the next check so the scan reads only what is due.
 */
@Component
class Escalator {

	private static final Logger log = LoggerFactory.getLogger(Escalator.class);

	private final ImpedimentLog impediments;

	private final PolicyRepository policies;

	private final WorkingAge ages;

	private final Recipients recipients;

	private final EscalationRecords records;

	private final DeliveryQueue deliveries;

	private final TransactionTemplate transaction;

	private final GoalLinks goals;

	private final Clock clock;

	private final MeterRegistry meters;

	Escalator(ImpedimentLog impediments, PolicyRepository policies, WorkingAge ages, Recipients recipients,
			EscalationRecords records, DeliveryQueue deliveries, TransactionTemplate transaction, GoalLinks goals,
			Clock clock, MeterRegistry meters) {
		this.impediments = impediments;
		this.policies = policies;
		this.ages = ages;
		this.recipients = recipients;
		this.records = records;
		this.deliveries = deliveries;
		this.transaction = transaction;
		this.goals = goals;
		this.clock = clock;
		this.meters = meters;
	}

	/** Looks at one impediment whose check has come: wakes it, fires its due rung, or reschedules it. */
	void check(long id, Instant now) {
		Optional<ImpedimentLog.Located> found = impediments.find(id);
		if (found.isEmpty()) {
			return;
		}
		Impediment impediment = found.get().impediment();
		if (impediment.status() == ImpedimentStatus.SNOOZED && !impediment.snoozedUntil().isAfter(now)) {
			impediments.wake(id, now);
			found = impediments.find(id);
			impediment = found.get().impediment();
		}
		Instant due = nextRungDue(found.get());
		if (due != null && !due.isAfter(now) && impediment.status() != ImpedimentStatus.SNOOZED) {
			int rung = impediment.rung() + 1;
			fire(found.get(), rung, ImpedimentLog.STEWARD, null);
		}
		else {
			impediments.scheduleCheck(id, nextCheck(found.get()));
		}
	}

	/**
	 * Fires the rung now (for the scan, or by hand) and schedules the next check.
	 * @return false when another instance fired it first or the impediment moved on
	 */
	boolean fire(ImpedimentLog.Located found, int rung, String actorId, String note) {
		Impediment before = found.impediment();
		LadderPolicy policy = policies.policy(found.team().id());
		LadderPolicy.Rung step = policy.rungs().get(rung - 1);
		boolean threatensGoal = goals.goalAtRisk(before.id()).isPresent();
		Duration workingDay = ages.calendar(found.team()).workingDay();
		EscalationMessages.Reason threshold = (words) -> policy.explainThreshold(words, rung, before.severity(),
				threatensGoal, workingDay);
		EscalationMessages.Reason why = reason(actorId, note, threshold);

		boolean fired = Boolean.TRUE.equals(transaction.execute((status) -> {
			Optional<ImpedimentLog.Located> escalated = impediments.escalate(before.id(), before.rung(), rung,
					actorId, (words) -> detail(words, rung, step.target(), actorId, threshold, why));
			if (escalated.isEmpty()) {
				return false;
			}
			notify(escalated.get(), rung, step.target(), policy, why);
			impediments.scheduleCheck(before.id(), nextCheck(escalated.get()));
			log.info("Escalated {} to rung {} ({}) for team {}", before.key(), rung, step.target().word(),
					found.team().id());
			return true;
		}));
		if (fired) {
			meters.counter("steward.escalations", "rung", Integer.toString(rung), "target", step.target().word())
				.increment();
		}
		return fired;
	}

	/** The history line of the climb, in the words given: stored in English, shown in each reader's. */
	private static String detail(Words words, int rung, Target target, String actorId,
			EscalationMessages.Reason threshold, EscalationMessages.Reason why) {
		String reason = actorId.equals(ImpedimentLog.STEWARD)
				? words.get("escalation.history.after", threshold.in(words)) : why.in(words);
		return words.get("escalation.history.climbed", Integer.toString(rung), target.description(words), reason);
	}

	/** Why the rung fires: its threshold when Steward climbs, else who escalated by hand and their note. */
	private static EscalationMessages.Reason reason(String actorId, String note, EscalationMessages.Reason threshold) {
		if (actorId.equals(ImpedimentLog.STEWARD)) {
			return (words) -> words.get("escalation.why.threshold", threshold.in(words));
		}
		String mention = "<@" + actorId + ">";
		return (note == null || note.isBlank()) ? (words) -> words.get("escalation.why.by-hand", mention)
				: (words) -> words.get("escalation.why.by-hand-note", mention, note);
	}

	private void notify(ImpedimentLog.Located found, int rung, Target target, LadderPolicy policy,
			EscalationMessages.Reason why) {
		Impediment impediment = found.impediment();
		Instant now = clock.instant();
		TeamCalendar calendar = ages.calendar(found.team());
		EscalationMessages.Escalation escalation = new EscalationMessages.Escalation(found.team(), impediment, rung,
				policy.rungs().size(), target, ages.of(impediment, found.team(), now), calendar.workingDay(), why,
				goals.goalAtRiskLabel(impediment.id()).<EscalationMessages.Reason>map((label) -> label::apply)
					.orElse(null));
		LocalDate today = now.atZone(found.team().zone()).toLocalDate();
		List<ImpedimentEvent> history = impediments.history(impediment);
		for (Recipients.Reader reader : recipients.of(target, found.team(), impediment, policy, today)) {
			Conversation conversation = reader.conversation();
			Optional<Instant> told = records.lastTold(impediment.id(), impediment.climbStartedAt(), conversation);
			ChatMessage message = told.isEmpty() ? EscalationMessages.escalation(escalation, reader, history)
					: EscalationMessages.update(escalation, reader, history.stream()
						.filter((event) -> event.at().isAfter(told.get()))
						.filter((event) -> !event.kind().equals("ESCALATED"))
						.toList());
			deliveries.post("escalation:" + impediment.id() + ":" + rung + ":"
					+ impediment.climbStartedAt().getEpochSecond() + ":" + conversation.key(), conversation, message,
					Lifetime.of(DeliveryKind.ESCALATION, found.team().id(), now.plus(Duration.ofDays(1))));
			records.record(impediment.id(), impediment.climbStartedAt(), rung, target, conversation, now);
		}
	}

	/** When the scan should look at the impediment next: its snooze's end, its next rung, or never. */
	Instant nextCheck(ImpedimentLog.Located found) {
		Impediment impediment = found.impediment();
		if (!impediment.kind().escalates() || !impediment.status().isActive()) {
			return null;
		}
		if (impediment.status() == ImpedimentStatus.SNOOZED) {
			return impediment.snoozedUntil();
		}
		return nextRungDue(found);
	}

	/** When the next rung's threshold is reached in working time, or null when the ladder has no higher rung. */
	private Instant nextRungDue(ImpedimentLog.Located found) {
		Impediment impediment = found.impediment();
		LadderPolicy policy = policies.policy(found.team().id());
		if (impediment.rung() >= policy.rungs().size()) {
			return null;
		}
		AgeClock age = ages.clock(impediment, found.team());
		Duration threshold = policy.threshold(impediment.rung() + 1, impediment.severity(),
				goals.goalAtRisk(impediment.id()).isPresent(), age.calendar().workingDay());
		return age.whenReaches(threshold);
	}

}
