package dev.steward.standup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.steward.command.UsageException;
import dev.steward.i18n.Words;

/**
 * Reads and writes the questions as the PM types them, one per line, a plain line being free text and a line ending in
 * brackets carrying its type and options: {@code How do you feel today? [mood, anonymous]},
 * {@code Did you deploy? [yes/no, optional]}, {@code Which area? [choice: API | Web | Mobile]},
 * {@code Who can help? [if 3]}, {@code Which browser? [if 2 = Web]}.
 */
final class QuestionLines {

	/** The most choices a choice question offers. */
	static final int MAX_CHOICES = 20;

	/** The longest choice: what a Slack option can show. */
	static final int MAX_CHOICE_LENGTH = 75;

	static final String SYNTAX = "text, mood, health, yes/no, choice: A | B, optional, anonymous, if N or if N = answer";


	private static final Pattern BRACKETS = Pattern.compile("^(.*?)\\s*\\[([^\\[\\]]*)\\]\\s*$");

	private static final Pattern SCALE = Pattern.compile("(mood|health)(?:\\s+(\\d+)\\s*[-\u2013]\\s*(\\d+))?");

	private static final Pattern CONDITION = Pattern.compile("(?i)if\\s+(?:question\\s+)?(\\S+?)\\s*(?:=\\s*(.*))?");

	private QuestionLines() {
	}

	/**
	 * The questions of the lines, each about nothing in particular yet; refused with the first line that is wrong, in
	 * the words of the person who typed them.
	 */
	static List<Question> read(List<String> lines) {
		List<Question> questions = new ArrayList<>();
		for (String line : lines) {
			questions.add(read(line, questions));
		}
		return questions;
	}

	/** The line as the PM would write it again. */
	static String write(Question question) {
		List<String> options = new ArrayList<>();
		switch (question.type()) {
			case MOOD, HEALTH -> options.add(Scales.name(question.type()));
			case YES_NO -> options.add("yes/no");
			case CHOICE -> options.add("choice: " + String.join(" | ", question.choices()));
			case TEXT -> {
			}
		}
		if (question.optional()) {
			options.add("optional");
		}
		if (question.anonymous()) {
			options.add("anonymous");
		}
		if (question.condition() != null) {
			options.add("if " + (question.condition().question() + 1)
					+ ((question.condition().value() == null) ? "" : " = " + question.condition().value()));
		}
		return options.isEmpty() ? question.text() : question.text() + " [" + String.join(", ", options) + "]";
	}

	/**
	 * Refuses a picker that points at a question whose answer Steward reads as text (the blockers and plans questions)
	 * when that question is not free text.
	 */
	static void requireText(List<Question> questions, int position, String field, Map<String, String> problems) {
		if (position > 0 && questions.get(position - 1).type() != Question.Type.TEXT) {
			problems.put(field, Words.current().get("answers.lines.not-free-text", Integer.toString(position)));
		}
	}

	private static Question read(String line, List<Question> earlier) {
		int number = earlier.size() + 1;
		Matcher brackets = BRACKETS.matcher(line);
		if (!brackets.matches()) {
			return new Question(Question.Kind.OTHER, line);
		}
		String text = brackets.group(1).strip();
		if (text.isEmpty()) {
			throw refusal("no-question", number);
		}
		Options options = new Options();
		for (String option : brackets.group(2).split(",")) {
			if (!option.isBlank()) {
				options.add(option.strip(), number, earlier);
			}
		}
		return options.question(text, number);
	}

	/** The refusal of the line's problem: {@code answers.lines.<problem>} with the line's number and the details. */
	private static UsageException refusal(String problem, int number, Object... details) {
		Object[] args = new Object[details.length + 1];
		args[0] = Integer.toString(number);
		System.arraycopy(details, 0, args, 1, details.length);
		return new UsageException(Words.current().get("answers.lines." + problem, args));
	}

	/** The options of one line, as they are read. */
	private static final class Options {

		private Question.Type type;

		private List<String> choices = List.of();

		private boolean optional;

		private boolean anonymous;

		private Question.Condition condition;

		private String conditionText;

		void add(String option, int number, List<Question> earlier) {
			String word = option.toLowerCase(Locale.ROOT);
			Matcher scale = SCALE.matcher(word);
			Matcher condition = CONDITION.matcher(option);
			if (scale.matches()) {
				type(scale.group(1).equals("mood") ? Question.Type.MOOD : Question.Type.HEALTH, number);
				range(scale, number);
			}
			else if (word.equals("text")) {
				type(Question.Type.TEXT, number);
			}
			else if (word.equals("yes/no") || word.equals("yes-no") || word.equals("yesno")) {
				type(Question.Type.YES_NO, number);
			}
			else if (word.startsWith("choice")) {
				type(Question.Type.CHOICE, number);
				choices = choices(option.substring("choice".length()), number);
			}
			else if (word.equals("optional")) {
				optional = true;
			}
			else if (word.equals("anonymous")) {
				anonymous = true;
			}
			else if (word.startsWith("if ") && condition.matches()) {
				this.condition = condition(condition, number, earlier);
				conditionText = option;
			}
			else {
				throw refusal("unknown-option", number, option, SYNTAX);
			}
		}

		Question question(String text, int number) {
			Question.Type read = (type == null) ? Question.Type.TEXT : type;
			if (anonymous && read != Question.Type.MOOD && read != Question.Type.HEALTH) {
				throw refusal("not-scale-anonymous", number);
			}
			return new Question(Question.Kind.OTHER, text, read, choices, optional, anonymous, condition);
		}

		private void type(Question.Type read, int number) {
			if (type != null) {
				throw refusal("two-types", number);
			}
			type = read;
		}

		private static void range(Matcher scale, int number) {
			if (scale.group(2) != null && !(scale.group(2).equals("1") && scale.group(3).equals("5"))) {
				throw refusal("scale-range", number, scale.group(2), scale.group(3), scale.group(1));
			}
		}

		private static List<String> choices(String rest, int number) {
			String list = rest.strip();
			if (!list.startsWith(":")) {
				throw refusal("choice-without-answers", number);
			}
			Set<String> choices = new LinkedHashSet<>();
			for (String choice : list.substring(1).split("\\|")) {
				String value = choice.strip();
				if (value.isEmpty() || value.length() > MAX_CHOICE_LENGTH) {
					throw refusal("choice-empty-or-long", number, Integer.toString(MAX_CHOICE_LENGTH));
				}
				if (!choices.add(value)) {
					throw refusal("choice-twice", number, value);
				}
			}
			if (choices.size() < 2 || choices.size() > MAX_CHOICES) {
				throw refusal("choice-count", number, choices.size(), Integer.toString(MAX_CHOICES));
			}
			return List.copyOf(choices);
		}

		private Question.Condition condition(Matcher condition, int number, List<Question> earlier) {
			int target = target(condition.group(1), number);
			Question question = earlier.get(target - 1);
			String value = (condition.group(2) == null || condition.group(2).isBlank()) ? null
					: condition.group(2).strip();
			return new Question.Condition(target - 1, (value == null) ? null : value(question, value, number, target));
		}

		private static int target(String reference, int number) {
			int target;
			try {
				target = Integer.parseInt(reference);
			}
			catch (NumberFormatException ex) {
				throw refusal("if-not-number", number, reference);
			}
			if (target == number) {
				throw refusal("if-itself", number, Integer.toString(target));
			}
			if (target > number || target < 1) {
				throw refusal((target < 1) ? "if-missing" : "if-later", number, Integer.toString(target));
			}
			return target;
		}

		private static String value(Question question, String value, int number, int target) {
			switch (question.type()) {
				case YES_NO -> {
					return oneOf(List.of("yes", "no"), value, number, target);
				}
				case CHOICE -> {
					return oneOf(question.choices(), value, number, target);
				}
				case MOOD, HEALTH -> {
					return score(value, number, target);
				}
				default -> throw refusal("if-free-text", number, Integer.toString(target));
			}
		}

		private static String oneOf(List<String> allowed, String value, int number, int target) {
			return allowed.stream()
				.filter((choice) -> choice.equalsIgnoreCase(value))
				.findFirst()
				.orElseThrow(() -> refusal("if-not-offered", number, value, Integer.toString(target),
						String.join(", ", allowed)));
		}

		private static String score(String value, int number, int target) {
			try {
				int score = Integer.parseInt(value);
				if (score >= Scales.MIN && score <= Scales.MAX) {
					return Integer.toString(score);
				}
			}
			catch (NumberFormatException ex) {
				// refused below
			}
			throw refusal("if-not-score", number, value, Integer.toString(target));
		}

	}

}
