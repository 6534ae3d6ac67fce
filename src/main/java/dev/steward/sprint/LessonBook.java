package dev.steward.sprint;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.command.UsageException;
import dev.steward.i18n.Words;
import dev.steward.team.Team;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** The team's register of lessons learned, each tagged with the sprint it was recorded in. */
@Service
class LessonBook {

	private static final Logger log = LoggerFactory.getLogger(LessonBook.class);

	static final int MAX_TEXT = 2000;

	private final SprintRepository sprints;

	private final Sprints sprintService;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	LessonBook(SprintRepository sprints, Sprints sprintService, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.sprints = sprints;
		this.sprintService = sprintService;
		this.clock = clock;
	}

	/**
	 * Records a lesson in the team's current sprint (if one runs), about a goal and an impediment (either may be
	 * null; an impediment brings its linked goal).
	 */
	void record(Team team, String authorId, String text, ValueGoal goal, Long impedimentId) {
		if (text.isBlank()) {
			throw new UsageException(Words.current().get("sprint.lesson.empty"));
		}
		if (text.length() > MAX_TEXT) {
			throw new UsageException(Words.current()
				.get("sprint.lesson.too-long", Integer.toString(text.length()), Integer.toString(MAX_TEXT)));
		}
		Optional<Sprint> sprint = sprintService.current(team, sprintService.today(team));
		Long goalId = goal != null ? Long.valueOf(goal.id())
				: impedimentId == null ? null : sprints.goalOf(impedimentId).orElse(null);
		sprints.insertLesson(team.id(), sprint.map(Sprint::id).orElse(null), goalId, impedimentId, text.strip(),
				authorId, clock.instant());
		events.publishEvent(new LessonRecorded(team.id(), authorId, text.strip(), impedimentId));
		log.info("{} recorded a lesson for team {}", authorId, team.id());
	}

	List<SprintRepository.Lesson> list(Team team) {
		return sprints.lessons(team.id(), 40);
	}

}
