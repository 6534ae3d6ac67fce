package dev.steward.sprint;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.command.Actor;
import dev.steward.command.UsageException;
import dev.steward.i18n.Words;
import dev.steward.impediment.Impediment;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.impediment.WorkingAge;
import dev.steward.team.Team;
import dev.steward.team.TeamCalendar;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans, starts and ends sprints, links impediments to goals, and says which goals are at risk. */
@Service
class Sprints {

	private static final Logger log = LoggerFactory.getLogger(Sprints.class);

	static final int MAX_GOALS = 5;

	private final SprintRepository sprints;

	private final ImpedimentLog impediments;

	private final WorkingAge ages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Sprints(SprintRepository sprints, ImpedimentLog impediments, WorkingAge ages, ApplicationEventPublisher events,
			Clock clock) {
		this.sprints = sprints;
		this.impediments = impediments;
		this.ages = ages;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A goal as planned.
	 *
	 * @param outcome the outcome
	 * @param measure how it is measured
	 * @param stakeholderId who cares, or null
	 */
	record GoalPlan(String outcome, String measure, String stakeholderId) {

	}

	/**
	 * A goal with what threatens it.
	 *
	 * @param goal the goal
	 * @param blockers the active impediments linked to it, oldest first
	 * @param oldest the oldest blocker's working-time age, or null
	 * @param calendar the team's working calendar, which writes that age in words
	 */
	record GoalView(ValueGoal goal, List<Impediment> blockers, Duration oldest, TeamCalendar calendar) {

		/** The oldest blocker's working-time age in the reader's words, or null when nothing blocks the goal. */
		String oldestAge(Words words) {
			return (oldest != null) ? calendar.describe(oldest, words) : null;
		}

		boolean atRisk() {
			return !blockers.isEmpty();
		}

	}

	LocalDate today(Team team) {
		return clock.instant().atZone(team.zone()).toLocalDate();
	}

	Optional<Sprint> current(Team team, LocalDate date) {
		return sprints.openSprints(team.id()).stream().filter((sprint) -> sprint.isOn(date)).findFirst();
	}

	/** The current sprint, or else the next planned one. */
	Optional<Sprint> currentOrNext(Team team, LocalDate date) {
		return current(team, date).or(() -> sprints.openSprints(team.id())
			.stream()
			.filter((sprint) -> sprint.startsOn().isAfter(date))
			.findFirst());
	}

	List<ValueGoal> goals(Sprint sprint) {
		return sprints.goals(sprint.id());
	}

	/** Checks and stores a new sprint; nothing is stored when anything is wrong. */
	@Transactional
	Sprint plan(Actor actor, Team team, String name, LocalDate startsOn, LocalDate endsOn, List<GoalPlan> goals) {
		if (name.isBlank() || name.length() > 100) {
			throw new UsageException(Words.current().get("sprint.plan.name-long"));
		}
		if (endsOn.isBefore(startsOn)) {
			throw new UsageException(
					Words.current().get("sprint.plan.ends-before", endsOn.toString(), startsOn.toString()));
		}
		if (endsOn.isBefore(today(team))) {
			throw new UsageException(Words.current().get("sprint.plan.over"));
		}
		checkGoals(goals);
		sprints.openSprints(team.id())
			.stream()
			.filter((other) -> other.overlaps(startsOn, endsOn))
			.findFirst()
			.ifPresent((other) -> {
				throw new UsageException(Words.current()
					.get("sprint.plan.overlaps", other.name(), other.startsOn().toString(), other.endsOn().toString()));
			});
		long id = sprints.insert(team.id(), name.strip(), startsOn, endsOn, actor.userId(), clock.instant());
		for (int i = 0; i < goals.size(); i++) {
			GoalPlan goal = goals.get(i);
			sprints.insertGoal(id, i + 1, goal.outcome().strip(), goal.measure().strip(), goal.stakeholderId());
		}
		log.info("{} planned sprint {} of team {} from {} to {}", actor.userId(), id, team.id(), startsOn, endsOn);
		return sprints.find(id).orElseThrow();
	}

	/** Checks the goals of a plan: one to {@link #MAX_GOALS}, each with an outcome and a measure, not too long. */
	static void checkGoals(List<GoalPlan> goals) {
		Words words = Words.current();
		if (goals.isEmpty()) {
			throw new UsageException(words.get("sprint.plan.no-goal"));
		}
		if (goals.size() > MAX_GOALS) {
			throw new UsageException(words.get("sprint.plan.too-many", Integer.toString(MAX_GOALS),
					Integer.toString(goals.size())));
		}
		for (GoalPlan goal : goals) {
			if (goal.outcome().isBlank() || goal.measure().isBlank()) {
				throw new UsageException(words.get("sprint.plan.goal-incomplete"));
			}
			if (goal.outcome().length() > ValueGoal.MAX_TEXT || goal.measure().length() > ValueGoal.MAX_TEXT) {
				throw new UsageException(words.get("sprint.plan.too-long", Integer.toString(ValueGoal.MAX_TEXT)));
			}
		}
	}

	/** Starts the next planned sprint today; false when there is none to start. */
	@Transactional
	Optional<Sprint> startNext(Team team) {
		LocalDate today = today(team);
		Optional<Sprint> next = sprints.openSprints(team.id())
			.stream()
			.filter((sprint) -> sprint.startsOn().isAfter(today))
			.findFirst();
		next.ifPresent((sprint) -> sprints.moveStart(sprint.id(), today));
		Optional<Sprint> started = next.flatMap((sprint) -> sprints.find(sprint.id()));
		started.ifPresent((sprint) -> events.publishEvent(changed(sprint, SprintChanged.Change.STARTED)));
		return started;
	}

	@Transactional
	Sprint end(Team team) {
		LocalDate today = today(team);
		Sprint sprint = current(team, today)
			.orElseThrow(() -> new UsageException(Words.current().get("sprint.end.none")));
		sprints.close(sprint.id(), today, clock.instant());
		sprints.mark(sprint.id(), "end_announced_at", clock.instant());
		Sprint ended = sprints.find(sprint.id()).orElseThrow();
		events.publishEvent(changed(ended, SprintChanged.Change.ENDED));
		return ended;
	}

	static SprintChanged changed(Sprint sprint, SprintChanged.Change change) {
		return new SprintChanged(sprint.id(), sprint.teamId(), sprint.name(), sprint.startsOn(), sprint.endsOn(),
				change);
	}

	/** The goals of the sprint with their active linked impediments and the oldest one's working age. */
	List<GoalView> views(Team team, Sprint sprint) {
		Map<Long, List<Long>> links = sprints.activeLinks(sprint.id());
		List<GoalView> views = new ArrayList<>();
		for (ValueGoal goal : sprints.goals(sprint.id())) {
			List<Impediment> blockers = links.getOrDefault(goal.id(), List.of())
				.stream()
				.map(impediments::find)
				.flatMap(Optional::stream)
				.map(ImpedimentLog.Located::impediment)
				.toList();
			Duration oldest = blockers.stream()
				.map((impediment) -> ages.of(impediment, team, clock.instant()))
				.max(Duration::compareTo)
				.orElse(null);
			views.add(new GoalView(goal, blockers, oldest, ages.calendar(team)));
		}
		return views;
	}

	/**
	 * Finds a goal of the team's current (or next) sprint by its number ({@code 2}) or id ({@code G-17}).
	 * @throws UsageException naming what is wrong
	 */
	ValueGoal goal(Team team, String ref) {
		Sprint sprint = currentOrNext(team, today(team))
			.orElseThrow(() -> new UsageException(Words.current().get("sprint.goal.no-current", team.name())));
		List<ValueGoal> goals = sprints.goals(sprint.id());
		String upper = ref.toUpperCase(java.util.Locale.ROOT);
		try {
			if (upper.startsWith("G-")) {
				long id = Long.parseLong(upper.substring(2));
				return goals.stream().filter((goal) -> goal.id() == id).findFirst()
					.orElseThrow(() -> new UsageException(
							Words.current().get("sprint.goal.not-of", ref, sprint.name(), numbers(goals))));
			}
			int position = Integer.parseInt(upper);
			return goals.stream().filter((goal) -> goal.position() == position).findFirst()
				.orElseThrow(() -> new UsageException(Words.current()
					.get("sprint.goal.no-such", sprint.name(), Integer.toString(position), numbers(goals))));
		}
		catch (NumberFormatException ex) {
			throw new UsageException(
					Words.current().get("sprint.goal.not-a-goal", ref, Integer.toString(goals.size())));
		}
	}

	private static String numbers(List<ValueGoal> goals) {
		return String.join(", ", goals.stream().map((goal) -> Integer.toString(goal.position())).toList());
	}

	/** Links the impediment to the goal (or unlinks it when the goal is null) and tells the ladder. */
	@Transactional
	void link(Actor actor, ImpedimentLog.Located found, ValueGoal goal) {
		sprints.link(found.impediment().id(), goal == null ? null : goal.id(), actor.userId(), clock.instant());
		events.publishEvent(new GoalLinkChanged(found.impediment().id()));
	}

}
