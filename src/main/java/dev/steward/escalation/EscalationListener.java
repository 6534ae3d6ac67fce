package dev.steward.escalation;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Conversation;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.i18n.Words;
import dev.steward.impediment.Impediment;
import dev.steward.impediment.ImpedimentChanged;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.impediment.WorkingAge;
import dev.steward.sprint.GoalLinkChanged;
import dev.steward.team.CalendarChanged;
import dev.steward.team.MemberAwayChanged;
import dev.steward.team.TeamRepository;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each impediment's next check right as it changes, and tells everyone it was escalated to when it is
 * resolved (with the working time it took) or merged.
 */
@Component
class EscalationListener {

	private final ImpedimentLog impediments;

	private final Escalator escalator;

	private final EscalationRecords records;

	private final DeliveryQueue deliveries;

	private final WorkingAge ages;

	private final TeamRepository teams;

	private final Rescheduler rescheduler;

	private final Recipients recipients;

	private final Clock clock;

	EscalationListener(ImpedimentLog impediments, Escalator escalator, EscalationRecords records,
			DeliveryQueue deliveries, WorkingAge ages, TeamRepository teams, Rescheduler rescheduler,
			Recipients recipients, Clock clock) {
		this.recipients = recipients;
		this.rescheduler = rescheduler;
		this.impediments = impediments;
		this.escalator = escalator;
		this.records = records;
		this.deliveries = deliveries;
		this.ages = ages;
		this.teams = teams;
		this.clock = clock;
	}

	@EventListener
	void on(ImpedimentChanged changed) {
		ImpedimentLog.Located found = changed.subject();
		switch (changed.change()) {
			case RESOLVED -> tellEscalated(found, (words) -> resolvedMessage(words, found));
			case MERGED -> tellEscalated(found, (words) -> EscalationMessages.merged(words, found.impediment()));
			default -> {
			}
		}
		impediments.scheduleCheck(changed.impedimentId(), escalator.nextCheck(found));
	}

	@EventListener
	void on(MemberAwayChanged changed) {
		teams.find(changed.teamId()).ifPresent((team) -> impediments.activeOwnedBy(List.of(team), changed.userId(), 500)
			.forEach((impediment) -> impediments.find(impediment.id())
				.ifPresent((found) -> impediments.scheduleCheck(impediment.id(), escalator.nextCheck(found)))));
	}

	@EventListener
	void on(CalendarChanged changed) {
		teams.find(changed.teamId()).ifPresent(rescheduler::rescheduleTeam);
	}

	@EventListener
	void on(GoalLinkChanged changed) {
		impediments.find(changed.impedimentId())
			.ifPresent((found) -> impediments.scheduleCheck(changed.impedimentId(), escalator.nextCheck(found)));
	}

	private ChatMessage resolvedMessage(Words words, ImpedimentLog.Located found) {
		Impediment impediment = found.impediment();
		String age = ages.calendar(found.team()).describe(ages.of(impediment, found.team(), clock.instant()), words);
		return EscalationMessages.resolved(words, impediment, age);
	}

	/** Tells each conversation told during the climb, each in its own words. */
	private void tellEscalated(ImpedimentLog.Located found, Function<Words, ChatMessage> message) {
		Impediment impediment = found.impediment();
		for (Conversation to : records.told(impediment.id(), impediment.climbStartedAt(), found.team().platform(),
				found.team().workspaceId())) {
			deliveries.post("resolved:" + impediment.id() + ":" + impediment.climbStartedAt().getEpochSecond() + ":"
					+ to.key(), to, message.apply(recipients.wordsFor(found.team(), to)));
		}
	}

}
