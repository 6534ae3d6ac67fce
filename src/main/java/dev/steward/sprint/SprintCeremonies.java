package dev.steward.sprint;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.delivery.DeliveryQueue;
import dev.steward.impediment.Impediment;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues the sprint's two ceremonies, each once (a persisted marker and an idempotency key in one transaction): the
 * value-goal reminder to the team channel, and the review card to each PM.
 */
@Component
class SprintCeremonies {

	private static final Logger log = LoggerFactory.getLogger(SprintCeremonies.class);

	private final SprintRepository sprints;

	private final TeamRepository teams;

	private final DeliveryQueue deliveries;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ImpedimentLog impediments;

	SprintCeremonies(SprintRepository sprints, TeamRepository teams, DeliveryQueue deliveries,
			TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events, ImpedimentLog impediments) {
		this.impediments = impediments;
		this.events = events;
		this.sprints = sprints;
		this.teams = teams;
		this.deliveries = deliveries;
		this.transaction = transaction;
		this.clock = clock;
	}

	void remind(Team team, Sprint sprint) {
		transaction.executeWithoutResult((status) -> {
			if (sprints.mark(sprint.id(), "reminded_at", clock.instant())) {
				deliveries.post("sprint-reminder:" + sprint.id(), team.channel(),
						SprintMessages.reminder(team.words(), team, sprint, sprints.goals(sprint.id())));
				// The sprint's first working day: it has started, whether or not anyone typed /sprint start.
				events.publishEvent(Sprints.changed(sprint, SprintChanged.Change.STARTED));
				log.info("Reminded team {} of the value goals of sprint {}", team.id(), sprint.id());
			}
		});
	}

	/** Announces, once, that a sprint which ran out without /sprint end has ended. */
	void ended(Team team, Sprint sprint) {
		transaction.executeWithoutResult((status) -> {
			if (sprints.mark(sprint.id(), "end_announced_at", clock.instant())) {
				events.publishEvent(Sprints.changed(sprint, SprintChanged.Change.ENDED));
				log.info("Sprint {} of team {} ran out on {}", sprint.id(), team.id(), sprint.endsOn());
			}
		});
	}

	private List<Impediment> decided(Team team, Sprint sprint) {
		Instant[] window = sprint.window(team.zone());
		return impediments.changesDecided(team, window[0], window[1]);
	}

	void review(Team team, Sprint sprint) {
		transaction.executeWithoutResult((status) -> {
			if (sprints.mark(sprint.id(), "review_sent_at", clock.instant())) {
				for (Member pm : teams.members(team.id()).stream().filter(Member::isPm).toList()) {
					deliveries.post("sprint-review:" + sprint.id() + ":" + pm.userId(), team.direct(pm.userId()),
							SprintMessages.reviewCard(pm.words(team), team, sprint, sprints.goals(sprint.id()),
									decided(team, sprint)));
				}
				log.info("Sent the review card of sprint {} to the PMs of team {}", sprint.id(), team.id());
			}
		});
	}

}
