package dev.steward.sprint;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

import dev.steward.i18n.Words;
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
		return runningGoal(impedimentId).map(ValueGoal::label);
	}

	/** The goal the impediment puts at risk while its sprint runs, labelled in each reader's words. */
	public Optional<Function<Words, String>> goalAtRiskLabel(long impedimentId) {
		return runningGoal(impedimentId).map((goal) -> goal::label);
	}

	private Optional<ValueGoal> runningGoal(long impedimentId) {
		return sprints.goalOf(impedimentId)
			.flatMap(sprints::goal)
			.filter((goal) -> sprints.find(goal.sprintId()).map(this::running).orElse(false));
	}

	/**
	 * The impediments linked to the goal with the number in the team's current sprint, or none when no sprint runs or
	 * it has no such goal.
	 */
	public java.util.Set<Long> threatening(dev.steward.team.Team team, int goalNumber) {
		java.time.LocalDate today = clock.instant().atZone(team.zone()).toLocalDate();
		return sprints.recent(team.id(), 5)
			.stream()
			.filter((sprint) -> sprint.isOn(today))
			.findFirst()
			.flatMap((sprint) -> sprints.goals(sprint.id()).stream().filter((goal) -> goal.position() == goalNumber)
				.findFirst())
			.map((goal) -> java.util.Set.copyOf(sprints.impedimentsOf(goal.id())))
			.orElse(java.util.Set.of());
	}

	private boolean running(Sprint sprint) {
		return teams.find(sprint.teamId())
			.map((team) -> sprint.isOn(clock.instant().atZone(team.zone()).toLocalDate()))
			.orElse(false);
	}

}
