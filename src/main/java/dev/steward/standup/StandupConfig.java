package dev.steward.standup;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;

import dev.steward.i18n.Language;
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

	/** A new stand-up's name, in the words given. */
	static String defaultName(Words words) {
		return words.get("standup.default.name");
	}

	/** A new stand-up's questions, in the words given. */
	static List<Question> defaultQuestions(Words words) {
		return List.of(new Question(Question.Kind.YESTERDAY, words.get("standup.default.yesterday")),
				new Question(Question.Kind.TODAY, words.get("standup.default.today")),
				new Question(Question.Kind.BLOCKERS, words.get("standup.default.blockers")));
	}

	/**
	 * The questions in the team's language when they are a language's defaults left as they were (the form offered
	 * English, the PM chose Deutsch): the same questions, written in the team's words; else the questions as given.
	 */
	static List<Question> inTeamLanguage(List<Question> questions, Words team) {
		List<String> texts = questions.stream().map(Question::text).toList();
		boolean defaults = Arrays.stream(Language.values())
			.anyMatch((language) -> texts.equals(defaultQuestions(Words.in(language)).stream().map(Question::text)
				.toList()));
		if (!defaults) {
			return questions;
		}
		List<Question> written = defaultQuestions(team);
		return IntStream.range(0, questions.size())
			.mapToObj((i) -> questions.get(i).withText(written.get(i).text()))
			.toList();
	}

	/** The name in the team's language when it is a language's default name left as it was, else as given. */
	static String inTeamLanguage(String name, Words team) {
		boolean isDefault = Arrays.stream(Language.values())
			.anyMatch((language) -> defaultName(Words.in(language)).equals(name));
		return isDefault ? defaultName(team) : name;
	}

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
