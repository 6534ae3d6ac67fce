package dev.steward.sprint;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.steward.i18n.Words;
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
	 * @param oldestBlockerAge the oldest one's working-time age in the words asked for, or null
	 * @param oldestBlocker the oldest one's working-time age, or null, for a reader's own words
	 */
	public record GoalStatus(String label, List<String> threatenedBy, String oldestBlockerAge, Duration oldestBlocker) {

		public boolean atRisk() {
			return !threatenedBy.isEmpty();
		}

	}

	/** The current sprint's name and goals, if one runs. */
	public Optional<String> currentSprint(Team team) {
		return sprints.current(team, sprints.today(team)).map(Sprint::name);
	}

	public List<GoalStatus> currentGoals(Team team) {
		return currentGoals(team, Words.ENGLISH);
	}

	/** The current sprint's goals with their labels and ages in the reader's words (a digest, the dashboard). */
	public List<GoalStatus> currentGoals(Team team, Words words) {
		return sprints.current(team, sprints.today(team))
			.map((sprint) -> sprints.views(team, sprint)
				.stream()
				.map((view) -> new GoalStatus(view.goal().label(words),
						view.blockers().stream().map(dev.steward.impediment.Impediment::key).toList(),
						view.oldestAge(words), view.oldest()))
				.toList())
			.orElse(List.of());
	}

	/**
	 * A sprint as the dashboard shows it.
	 *
	 * @param name its name
	 * @param startsOn its first day
	 * @param endsOn its last day
	 * @param current whether it runs today
	 * @param goals each goal with its measure and, once reviewed, how it turned out
	 */
	public record SprintView(String name, java.time.LocalDate startsOn, java.time.LocalDate endsOn, boolean current,
			List<GoalView> goals) {
	}

	/**
	 * A goal as the dashboard shows it.
	 *
	 * @param label {@code Goal 1: Checkout under 2 s}
	 * @param measure how it is measured
	 * @param outcome met, partly met or not met once reviewed, else null
	 * @param reviewNote what the review said, or null
	 */
	public record GoalView(String label, String measure, String outcome, String reviewNote) {
	}

	/**
	 * A lesson in the team's register.
	 *
	 * @param text what was learned
	 * @param authorId who wrote it
	 * @param at when
	 * @param sprintName the sprint it was learned in, or null
	 * @param impedimentKey the impediment it is about, or null
	 */
	public record LessonView(String text, String authorId, java.time.Instant at, String sprintName,
			String impedimentKey) {
	}

	/** The team's latest sprints, newest first, with their goals and review results. */
	public List<SprintView> recent(Team team, int limit) {
		return recent(team, limit, Words.ENGLISH);
	}

	/** As above, with goals and outcomes in the reader's words, for the dashboard. */
	public List<SprintView> recent(Team team, int limit, Words words) {
		java.time.LocalDate today = sprints.today(team);
		return repository.recent(team.id(), limit)
			.stream()
			.map((sprint) -> new SprintView(sprint.name(), sprint.startsOn(), sprint.endsOn(),
					sprint.closedAt() == null && !today.isBefore(sprint.startsOn()) && !today.isAfter(sprint.endsOn()),
					repository.goals(sprint.id())
						.stream()
						.map((goal) -> new GoalView(goal.label(words), goal.measure(),
								(goal.reviewOutcome() != null) ? goal.reviewOutcome().label(words) : null,
								goal.reviewNote()))
						.toList()))
			.toList();
	}

	/** The team's lessons register, newest first. */
	public List<LessonView> lessons(Team team, int limit) {
		return repository.lessons(team.id(), limit)
			.stream()
			.map((lesson) -> new LessonView(lesson.text(), lesson.authorId(), lesson.at(), lesson.sprintName(),
					(lesson.impedimentId() != null) ? dev.steward.impediment.Impediment.key(lesson.impedimentId())
							: null))
			.toList();
	}

	/** The outcomes of the most recent reviewed sprint, such as {@code Sprint 13: Goal 1 met, Goal 2 not met}. */
	public Optional<String> lastReview(Team team) {
		return lastReview(team, Words.ENGLISH);
	}

	/** The outcomes of the most recent reviewed sprint in the reader's words ({@code Ziel 1 erreicht}). */
	public Optional<String> lastReview(Team team, Words words) {
		for (Sprint sprint : repository.recent(team.id(), 5)) {
			List<ValueGoal> goals = repository.goals(sprint.id());
			if (!goals.isEmpty() && goals.stream().allMatch((goal) -> goal.reviewOutcome() != null)) {
				return Optional.of(sprint.name() + ": " + String.join(", ", goals.stream()
					.map((goal) -> words.get("sprint.review.goal-outcome", Integer.toString(goal.position()),
							goal.reviewOutcome().label(words)))
					.toList()));
			}
		}
		return Optional.empty();
	}

}
