package dev.steward.standup;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.steward.command.Args;
import dev.steward.command.FormSubmission;
import dev.steward.command.UsageException;

/**
 * The setup form's values, read strictly: each field that cannot be read gets a message saying what would be right,
 * and nothing is stored until all of them can.
 *
 * @param name the stand-up's name, or null when the form had no name field (a form opened before it had one)
 * @param prompt the prompt time
 * @param report the report time
 * @param reminder the reminder's minutes
 * @param reminderBeforeReport whether they count back from the summary rather than on from the prompt
 * @param zone the team's zone
 * @param days the stand-up days
 * @param policy whose zone prompts follow
 * @param language the team's language
 * @param questions the questions with what each is about
 * @param members who stands up
 * @param pms the PMs
 * @param stakeholders the stakeholders
 * @param optional the members prompted but not counted as missing when silent
 */
record SetupInput(String name, LocalTime prompt, LocalTime report, Duration reminder, boolean reminderBeforeReport, ZoneId zone, Set<DayOfWeek> days,
		ZonePolicy policy, String language, List<Question> questions, List<String> members, List<String> pms,
		List<String> stakeholders, List<String> optional) {

	/** The languages a team can choose, by code. */
	static final Map<String, String> LANGUAGES = new LinkedHashMap<>(
			Map.of("en", "English", "de", "Deutsch", "es", "Espa\u00f1ol"));

	static final String NONE = "none";

	/** The longest name a stand-up may have: room is left in its column for the day it was removed. */
	static final int MAX_NAME = 50;

	/** {@code 30 before}, {@code 30 min before the summary}: a reminder counted back from the summary. */
	private static final Pattern BEFORE = Pattern.compile("(\\d+)\\s*(?:m|min|mins|minutes)?\\s+before"
			+ "(?:\\s+the)?(?:\\s+(?:summary|report))?");

	/** Reads the submission; the problems map is filled for each field that cannot be read (then null comes back). */
	static SetupInput read(FormSubmission submission, Map<String, String> problems) {
		String name = name(submission, problems);
		LocalTime prompt = time(submission.value("prompt_time"), "prompt_time", problems);
		LocalTime report = time(submission.value("report_time"), "report_time", problems);
		String reminderText = submission.value("reminder").strip().toLowerCase(Locale.ROOT);
		Matcher before = BEFORE.matcher(reminderText);
		boolean reminderBeforeReport = before.matches();
		Duration reminder = minutes(reminderBeforeReport ? before.group(1) : reminderText, problems);
		ZoneId zone = zone(submission.value("team_zone"), problems);
		EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		submission.values("days").forEach((day) -> day(day, days, problems));
		if (days.isEmpty() && !problems.containsKey("days")) {
			problems.put("days", "Pick at least one day.");
		}
		String language = submission.value("language").isEmpty() ? "en" : submission.value("language");
		if (!LANGUAGES.containsKey(language)) {
			problems.put("language", "Pick one of " + String.join(", ", LANGUAGES.values()) + ".");
		}
		List<Question> questions = questions(submission, problems);
		List<String> members = submission.values("members");
		List<String> stakeholders = submission.values("stakeholders");
		people(members, submission.values("pms"), stakeholders, problems);
		List<String> optional = submission.values("optional");
		if (!members.containsAll(optional)) {
			problems.put("optional", "Optional people must also be in 'Who stands up': they are prompted, just not "
					+ "counted as missing.");
		}
		ZonePolicy policy = "TEAM".equals(submission.value("zone_policy")) ? ZonePolicy.TEAM : ZonePolicy.MEMBER;
		if (!problems.isEmpty()) {
			return null;
		}
		if (reminderBeforeReport && !reminder.minus(Duration.between(prompt, report)).isNegative()) {
			problems.put("reminder", "A reminder " + reminder.toMinutes() + " min before the summary would come before "
					+ "the prompt; give fewer minutes.");
			return null;
		}
		return new SetupInput(name, prompt, report, reminder, reminderBeforeReport, zone, days, policy, language, questions,
				members, submission.values("pms"), stakeholders, optional);
	}

	/** The name with single spaces, or null when the form had no name field. */
	private static String name(FormSubmission submission, Map<String, String> problems) {
		if (!submission.values().containsKey("name")) {
			return null;
		}
		String name = String.join(" ", submission.value("name").split("\\s+")).strip();
		if (name.isEmpty()) {
			problems.put("name", "Give the stand-up a name, such as Daily stand-up.");
		}
		else if (name.length() > MAX_NAME) {
			problems.put("name", "Keep the name to " + MAX_NAME + " characters.");
		}
		return name;
	}

	private static void people(List<String> members, List<String> pms, List<String> stakeholders,
			Map<String, String> problems) {
		if (pms.isEmpty()) {
			problems.put("pms", "A stand-up needs at least one PM.");
		}
		Set<String> both = new HashSet<>(stakeholders);
		both.retainAll(members);
		if (!both.isEmpty()) {
			problems.put("stakeholders", (both.size() == 1 ? "One person is" : both.size() + " people are")
					+ " also in 'Who stands up'. Stakeholders are not prompted and not counted in the stand-up; keep "
					+ "each person in one of the two.");
		}
	}

	/** The questions, one per line, with the blockers and plans questions the PM chose. */
	private static List<Question> questions(FormSubmission submission, Map<String, String> problems) {
		List<String> lines = Arrays.stream(submission.value("questions").split("\n"))
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.toList();
		if (lines.isEmpty()) {
			problems.put("questions", "Ask at least one question.");
			return List.of();
		}
		if (lines.size() > Question.MAX_QUESTIONS) {
			problems.put("questions", "Ask at most " + Question.MAX_QUESTIONS + " questions; you wrote " + lines.size()
					+ ".");
			return List.of();
		}
		if (lines.stream().anyMatch((line) -> line.length() > Question.MAX_LENGTH)) {
			problems.put("questions", "Keep each question under " + Question.MAX_LENGTH + " characters.");
			return List.of();
		}
		List<Question> typed;
		try {
			typed = QuestionLines.read(lines);
		}
		catch (UsageException ex) {
			problems.put("questions", ex.getMessage());
			return List.of();
		}
		int blockers = position(submission.value("blockers_question"), lines.size(), "blockers_question", problems);
		int plans = position(submission.value("plans_question"), lines.size(), "plans_question", problems);
		if (blockers > 0 && blockers == plans) {
			problems.put("plans_question", "The plans question cannot also be the blockers question.");
		}
		QuestionLines.requireText(typed, blockers, "blockers_question", problems);
		QuestionLines.requireText(typed, plans, "plans_question", problems);
		List<Question> questions = new ArrayList<>();
		for (int i = 1; i <= lines.size(); i++) {
			Question.Kind kind = i == blockers ? Question.Kind.BLOCKERS
					: i == plans ? Question.Kind.TODAY
					: i == plans - 1 && typed.get(i - 1).type() == Question.Type.TEXT ? Question.Kind.YESTERDAY
					: Question.Kind.OTHER;
			questions.add(typed.get(i - 1).withKind(kind));
		}
		return questions;
	}

	/** A question number from 1 to the count, or 0 for none; the blockers question must be chosen, even as none. */
	private static int position(String value, int count, String field, Map<String, String> problems) {
		if (value.isEmpty() && field.equals("blockers_question")) {
			problems.put(field, "Pick the question that asks for blockers, or None if answers should never become "
					+ "impediments.");
			return 0;
		}
		if (value.isEmpty() || value.equals(NONE)) {
			return 0;
		}
		try {
			int position = Integer.parseInt(value);
			if (position >= 1 && position <= count) {
				return position;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.put(field, "There " + (count == 1 ? "is 1 question" : "are " + count + " questions")
				+ "; pick one of them, or none.");
		return 0;
	}

	private static LocalTime time(String value, String field, Map<String, String> problems) {
		try {
			return Args.time(value);
		}
		catch (UsageException ex) {
			problems.put(field, ex.getMessage());
			return null;
		}
	}

	private static Duration minutes(String value, Map<String, String> problems) {
		try {
			int minutes = Integer.parseInt(value.strip());
			if (minutes >= 1 && minutes <= 720) {
				return Duration.ofMinutes(minutes);
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.put("reminder", "Give minutes from 1 to 720 after the prompt, such as 60, or before the summary, "
				+ "such as 30 before.");
		return null;
	}

	private static ZoneId zone(String value, Map<String, String> problems) {
		try {
			return ZoneId.of(value.strip());
		}
		catch (java.time.DateTimeException ex) {
			problems.put("team_zone", "'" + value + "' is not a time zone; use a name such as Europe/Berlin.");
			return null;
		}
	}

	private static void day(String value, Set<DayOfWeek> days, Map<String, String> problems) {
		try {
			days.add(DayOfWeek.valueOf(value.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			problems.put("days", "'" + value + "' is not a day of the week.");
		}
	}

}
