package dev.steward.standup;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * How a team stands up.
 *
 * @param teamId the team
 * @param promptTime when members are prompted, in their zone (see {@code zonePolicy})
 * @param reportTime when the summary goes to the team channel, in the team's zone
 * @param reminderDelay how long after the prompt a silent member is reminded
 * @param weekdays the days with a stand-up
 * @param zonePolicy whose zone the prompt time is in
 * @param questions the questions, in order
 */
record StandupConfig(long teamId, LocalTime promptTime, LocalTime reportTime, Duration reminderDelay,
		Set<DayOfWeek> weekdays, ZonePolicy zonePolicy, List<Question> questions) {

	static final List<String> DEFAULT_QUESTIONS = List.of("What did you do yesterday?", "What will you do today?",
			"Anything blocking you?");

	StandupConfig {
		weekdays = Set.copyOf(weekdays);
		questions = List.copyOf(questions);
	}

}
