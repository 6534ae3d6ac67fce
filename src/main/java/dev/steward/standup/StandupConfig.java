package dev.steward.standup;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import dev.steward.i18n.Words;

/**
 * How a team stands up.
 *
 * @param id the stand-up's id
 * @param teamId the team
 * @param name its name, such as "Daily stand-up"
 * @param promptTime when members are prompted, in their zone (see {@code zonePolicy})
 * @param reportTime when the summary goes to the team channel, in the team's zone
 * @param reminderDelay how long after the prompt a silent member is reminded
 * @param weekdays the days with a stand-up, when the team's calendar says they are working days
 * @param zonePolicy whose zone the prompt time is in
 * @param questions the questions, in order
 */
record StandupConfig(long id, long teamId, String name, LocalTime promptTime, LocalTime reportTime,
		Duration reminderDelay, Set<DayOfWeek> weekdays, ZonePolicy zonePolicy, List<Question> questions,
		StandupPause pause, boolean reminderBeforeReport) {

	static final String DEFAULT_NAME = "Daily stand-up";

	static final List<Question> DEFAULT_QUESTIONS = List.of(
			new Question(Question.Kind.YESTERDAY, "What did you do yesterday?"),
			new Question(Question.Kind.TODAY, "What will you do today?"),
			new Question(Question.Kind.BLOCKERS, "Anything blocking you?"));

	StandupConfig {
		weekdays = Set.copyOf(weekdays);
		questions = List.copyOf(questions);
	}

	/** The reminder as people read it: {@code 60 min after the prompt} or {@code 30 min before the summary}. */
	String reminderText(Words words) {
		return words.get(reminderBeforeReport ? "setup.reminder.before" : "setup.reminder.after",
				Long.toString(reminderDelay.toMinutes()));
	}

	/** The same stand-up with another id, for one not stored yet. */
	StandupConfig withId(long newId) {
		return new StandupConfig(newId, teamId, name, promptTime, reportTime, reminderDelay, weekdays, zonePolicy,
				questions, pause, reminderBeforeReport);
	}

	/** The position of the question of the kind, if there is one. */
	OptionalInt position(Question.Kind kind) {
		for (int i = 0; i < questions.size(); i++) {
			if (questions.get(i).kind() == kind) {
				return OptionalInt.of(i);
			}
		}
		return OptionalInt.empty();
	}

}
