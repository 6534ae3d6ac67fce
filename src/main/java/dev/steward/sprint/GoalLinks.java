package dev.steward.sprint;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** Tells other features (the escalation ladder) which value goal an impediment puts at risk. */
@Component
public class GoalLinks {

	private final SprintRepository sprints;

	GoalLinks(SprintRepository sprints) {
		this.sprints = sprints;
	}

	/** The goal the impediment is linked to, as {@code Goal 2: Checkout under 2 s}, while its sprint is open. */
	public Optional<String> goalAtRisk(long impedimentId) {
		return sprints.goalOf(impedimentId)
			.flatMap(sprints::goal)
			.filter((goal) -> sprints.find(goal.sprintId()).map((sprint) -> sprint.closedAt() == null).orElse(false))
			.map(ValueGoal::label);
	}

}
