package dev.steward.sprint;

import java.time.Clock;
import java.util.Optional;

import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;

/** Tells other features (the escalation ladder) which value goal an impediment puts at risk. */
@Component
public class GoalLinks {

	private final SprintRepository sprints;

	private final TeamRepository teams;

	private final Clock clock;

	GoalLinks(SprintRepository sprints, TeamRepository teams, Clock clock) {
		this.sprints = sprints;
		this.teams = teams;
		this.clock = clock;
	}

	/**
	 * The goal the impediment is linked to, as {@code Goal 2: Checkout under 2 s}, while its sprint runs (not
	 * before it starts, not after it ends or is closed).
	 */
	public Optional<String> goalAtRisk(long impedimentId) {
		return sprints.goalOf(impedimentId)
			.flatMap(sprints::goal)
			.filter((goal) -> sprints.find(goal.sprintId()).map(this::running).orElse(false))
			.map(ValueGoal::label);
	}

	private boolean running(Sprint sprint) {
		return teams.find(sprint.teamId())
			.map((team) -> sprint.isOn(clock.instant().atZone(team.zone()).toLocalDate()))
			.orElse(false);
	}

}
