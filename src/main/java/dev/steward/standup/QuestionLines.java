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

	/** The help under the questions in the setup form. */
	static final String HINT = "Free text unless a line ends in brackets: [mood], [health] (1 to 5), [yes/no], "
			+ "[choice: API | Web | Mobile]; add optional, anonymous (a scale shows only the team's spread), or if 3 "
			+ "(asked only when question 3 gets a real answer; if 2 = Web for a given one), as in "
			+ "\"Who can help? [optional, if 3]\".";

	private static final Pattern BRACKETS = Pattern.compile("^(.*?)\\s*\\[([^\\[\\]]*)\\]\\s*$");

	private static final Pattern SCALE = Pattern.compile("(mood|health)(?:\\s+(\\d+)\\s*[-\u2013]\\s*(\\d+))?");

	private static final Pattern CONDITION = Pattern.compile("(?i)if\\s+(?:question\\s+)?(\\S+?)\\s*(?:=\\s*(.*))?");

	private QuestionLines() {
	}

	/** The questions of the lines, each about nothing in particular yet; refused with the first line that is wrong. */
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
			problems.put(field, "Question " + position + " is not free text; pick a free-text question, or None.");
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
			throw refusal(number, "has options but no question before them");
		}
		Options options = new Options();
		for (String option : brackets.group(2).split(",")) {
			if (!option.isBlank()) {
				options.add(option.strip(), number, earlier);
			}
		}
		return options.question(text, number);
	}

	private static UsageException refusal(int number, String problem) {
		return new UsageException("Line " + number + " " + problem + ".");
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
				throw refusal(number, "says \"" + option + "\", which is not a type or option; use " + SYNTAX);
			}
		}

		Question question(String text, int number) {
			Question.Type read = (type == null) ? Question.Type.TEXT : type;
			if (anonymous && read != Question.Type.MOOD && read != Question.Type.HEALTH) {
				throw refusal(number, "is anonymous, but only a mood or health question can be: its scores are "
						+ "shown as the team's distribution");
			}
			return new Question(Question.Kind.OTHER, text, read, choices, optional, anonymous, condition);
		}

		private void type(Question.Type read, int number) {
			if (type != null) {
				throw refusal(number, "has two types; give one of text, mood, health, yes/no or choice");
			}
			type = read;
		}

		private static void range(Matcher scale, int number) {
			if (scale.group(2) != null && !(scale.group(2).equals("1") && scale.group(3).equals("5"))) {
				throw refusal(number, "asks for a scale of " + scale.group(2) + " to " + scale.group(3)
						+ "; a " + scale.group(1) + " scale goes from 1 to 5");
			}
		}

		private static List<String> choices(String rest, int number) {
			String list = rest.strip();
			if (!list.startsWith(":")) {
				throw refusal(number, "has a choice without its answers; write them as choice: API | Web | Mobile");
			}
			Set<String> choices = new LinkedHashSet<>();
			for (String choice : list.substring(1).split("\\|")) {
				String value = choice.strip();
				if (value.isEmpty() || value.length() > MAX_CHOICE_LENGTH) {
					throw refusal(number, "has an empty choice or one over " + MAX_CHOICE_LENGTH + " characters");
				}
				if (!choices.add(value)) {
					throw refusal(number, "offers '" + value + "' twice");
				}
			}
			if (choices.size() < 2 || choices.size() > MAX_CHOICES) {
				throw refusal(number, "offers " + choices.size() + " choice" + (choices.size() == 1 ? "" : "s")
						+ "; give from 2 to " + MAX_CHOICES + ", separated by |");
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
				throw refusal(number, "says 'if " + reference + "'; name an earlier question by its number, such as "
						+ "if 1");
			}
			if (target == number) {
				throw refusal(number, "depends on itself ('if " + target + "'); it can only depend on an earlier "
						+ "question");
			}
			if (target > number || target < 1) {
				throw refusal(number, "depends on question " + target + ", which " + (target < 1 ? "does not exist"
						: "comes later") + "; it can only depend on an earlier question");
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
				default -> throw refusal(number, "asks for a given answer to question " + target + ", which is free "
						+ "text; write 'if " + target + "' to ask it whenever question " + target + " gets a real answer");
			}
		}

		private static String oneOf(List<String> allowed, String value, int number, int target) {
			return allowed.stream()
				.filter((choice) -> choice.equalsIgnoreCase(value))
				.findFirst()
				.orElseThrow(() -> refusal(number, "asks for '" + value + "' at question " + target
						+ ", which offers " + String.join(", ", allowed)));
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
			throw refusal(number, "asks for '" + value + "' at question " + target + ", a scale from 1 to 5; give "
					+ "a score from 1 to 5");
		}

	}

}
