package dev.steward.standup;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.steward.command.Args;
import dev.steward.command.FormSubmission;
import dev.steward.command.UsageException;
import dev.steward.i18n.Language;
import dev.steward.i18n.Words;

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

	static final String NONE = "none";

	/** The longest name a stand-up may have: room is left in its column for the day it was removed. */
	static final int MAX_NAME = 50;

	/** {@code 30 before}, {@code 30 min before the summary}: a reminder counted back from the summary. */
	private static final Pattern BEFORE = Pattern.compile("(\\d+)\\s*(?:m|min|mins|minutes)?\\s+before"
			+ "(?:\\s+the)?(?:\\s+(?:summary|report))?");

	/**
	 * Reads the submission; the problems map is filled, in the submitter's words, for each field that cannot be read
	 * (then null comes back).
	 */
	static SetupInput read(Words words, FormSubmission submission, Map<String, String> problems) {
		String name = name(words, submission, problems);
		LocalTime prompt = time(submission.value("prompt_time"), "prompt_time", problems);
		LocalTime report = time(submission.value("report_time"), "report_time", problems);
		String reminderText = submission.value("reminder").strip().toLowerCase(Locale.ROOT);
		Matcher before = BEFORE.matcher(reminderText);
		boolean reminderBeforeReport = before.matches();
		Duration reminder = minutes(words, reminderBeforeReport ? before.group(1) : reminderText, problems);
		ZoneId zone = zone(words, submission.value("team_zone"), problems);
		EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		submission.values("days").forEach((day) -> day(words, day, days, problems));
		if (days.isEmpty() && !problems.containsKey("days")) {
			problems.put("days", words.get("setup.input.no-day"));
		}
		String language = language(words, submission.value("language"), problems);
		List<Question> questions = questions(words, submission, problems);
		List<String> members = submission.values("members");
		List<String> stakeholders = submission.values("stakeholders");
		people(words, members, submission.values("pms"), stakeholders, problems);
		List<String> optional = submission.values("optional");
		if (!members.containsAll(optional)) {
			problems.put("optional", words.get("setup.input.optional"));
		}
		ZonePolicy policy = "TEAM".equals(submission.value("zone_policy")) ? ZonePolicy.TEAM : ZonePolicy.MEMBER;
		if (!problems.isEmpty()) {
			return null;
		}
		if (reminderBeforeReport && !reminder.minus(Duration.between(prompt, report)).isNegative()) {
			problems.put("reminder", words.get("setup.input.reminder-too-early", Long.toString(reminder.toMinutes())));
			return null;
		}
		return new SetupInput(name, prompt, report, reminder, reminderBeforeReport, zone, days, policy, language, questions,
				members, submission.values("pms"), stakeholders, optional);
	}

	/** The language's code: English when none was picked; one without a bundle is a problem. */
	private static String language(Words words, String value, Map<String, String> problems) {
		if (value.isEmpty()) {
			return Language.EN.code();
		}
		return Language.find(value).map(Language::code).orElseGet(() -> {
			problems.put("language", words.get("setup.input.language", String.join(", ",
					Arrays.stream(Language.values()).map(Language::nativeName).toList())));
			return null;
		});
	}

	/** The name with single spaces, or null when the form had no name field. */
	private static String name(Words words, FormSubmission submission, Map<String, String> problems) {
		if (!submission.values().containsKey("name")) {
			return null;
		}
		String name = String.join(" ", submission.value("name").split("\\s+")).strip();
		if (name.isEmpty()) {
			problems.put("name", words.get("setup.input.no-name"));
		}
		else if (name.length() > MAX_NAME) {
			problems.put("name", words.get("setup.input.name-long", Integer.toString(MAX_NAME)));
		}
		return name;
	}

	private static void people(Words words, List<String> members, List<String> pms, List<String> stakeholders,
			Map<String, String> problems) {
		if (pms.isEmpty()) {
			problems.put("pms", words.get("setup.input.no-pm"));
		}
		Set<String> both = new HashSet<>(stakeholders);
		both.retainAll(members);
		if (!both.isEmpty()) {
			problems.put("stakeholders", words.get("setup.input.stakeholders", both.size()));
		}
	}

	/** The questions, one per line, with the blockers and plans questions the PM chose. */
	private static List<Question> questions(Words words, FormSubmission submission, Map<String, String> problems) {
		List<String> lines = Arrays.stream(submission.value("questions").split("\n"))
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.toList();
		if (lines.isEmpty()) {
			problems.put("questions", words.get("setup.input.no-question"));
			return List.of();
		}
		if (lines.size() > Question.MAX_QUESTIONS) {
			problems.put("questions", words.get("setup.input.too-many", Integer.toString(Question.MAX_QUESTIONS),
					Integer.toString(lines.size())));
			return List.of();
		}
		if (lines.stream().anyMatch((line) -> line.length() > Question.MAX_LENGTH)) {
			problems.put("questions", words.get("setup.input.too-long", Integer.toString(Question.MAX_LENGTH)));
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
		int blockers = position(words, submission.value("blockers_question"), lines.size(), "blockers_question",
				problems);
		int plans = position(words, submission.value("plans_question"), lines.size(), "plans_question", problems);
		if (blockers > 0 && blockers == plans) {
			problems.put("plans_question", words.get("setup.input.plans-is-blockers"));
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
	private static int position(Words words, String value, int count, String field, Map<String, String> problems) {
		if (value.isEmpty() && field.equals("blockers_question")) {
			problems.put(field, words.get("setup.input.no-blockers"));
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
		problems.put(field, words.get("setup.input.no-such-question", count));
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

	private static Duration minutes(Words words, String value, Map<String, String> problems) {
		try {
			int minutes = Integer.parseInt(value.strip());
			if (minutes >= 1 && minutes <= 720) {
				return Duration.ofMinutes(minutes);
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.put("reminder", words.get("setup.input.reminder"));
		return null;
	}

	private static ZoneId zone(Words words, String value, Map<String, String> problems) {
		try {
			return ZoneId.of(value.strip());
		}
		catch (java.time.DateTimeException ex) {
			problems.put("team_zone", words.get("setup.input.zone", value));
			return null;
		}
	}

	private static void day(Words words, String value, Set<DayOfWeek> days, Map<String, String> problems) {
		try {
			days.add(DayOfWeek.valueOf(value.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			problems.put("days", words.get("setup.input.day", value));
		}
	}

}
