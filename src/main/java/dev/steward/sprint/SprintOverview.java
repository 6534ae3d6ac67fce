package dev.steward.sprint;

import java.util.List;
import java.util.Optional;

import dev.steward.team.Team;

import org.springframework.stereotype.Component;

/** What other features (digests) may read of a team's sprint: its goals, what threatens them, the last review. */
@Component
public class SprintOverview {

	private final Sprints sprints;

	private final SprintRepository repository;

	SprintOverview(Sprints sprints, SprintRepository repository) {
		this.sprints = sprints;
		this.repository = repository;
	}

	/**
	 * A goal's state.
	 *
	 * @param label {@code Goal 1: Checkout under 2 s}
	 * @param threatenedBy the keys of the active impediments linked to it
	 * @param oldestBlockerAge the oldest one's working-time age in words, or null
	 */
	public record GoalStatus(String label, List<String> threatenedBy, String oldestBlockerAge) {

		public boolean atRisk() {
			return !threatenedBy.isEmpty();
		}

	}

	/** The current sprint's name and goals, if one runs. */
	public Optional<String> currentSprint(Team team) {
		return sprints.current(team, sprints.today(team)).map(Sprint::name);
	}

	public List<GoalStatus> currentGoals(Team team) {
		return sprints.current(team, sprints.today(team))
			.map((sprint) -> sprints.views(team, sprint)
				.stream()
				.map((view) -> new GoalStatus(view.goal().label(),
						view.blockers().stream().map(dev.steward.impediment.Impediment::key).toList(),
						view.oldestAge()))
				.toList())
			.orElse(List.of());
	}

	/** The outcomes of the most recent reviewed sprint, such as {@code Sprint 13: Goal 1 met, Goal 2 not met}. */
	public Optional<String> lastReview(Team team) {
		for (Sprint sprint : repository.recent(team.id(), 5)) {
			List<ValueGoal> goals = repository.goals(sprint.id());
			if (!goals.isEmpty() && goals.stream().allMatch((goal) -> goal.reviewOutcome() != null)) {
				return Optional.of(sprint.name() + ": " + String.join(", ", goals.stream()
					.map((goal) -> "Goal " + goal.position() + " " + goal.reviewOutcome().label())
					.toList()));
			}
		}
		return Optional.empty();
	}

}
