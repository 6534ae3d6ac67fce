package dev.steward.standup;

import java.util.List;
import java.util.stream.IntStream;

import dev.steward.chat.FormField;

/** The answer form's input for a question of each type, and how a question reads in the DM reply format. */
final class AnswerFields {

	private AnswerFields() {
	}

	/**
	 * The input for the question at the position, pre-filled with the initial value (a score as its number). A form
	 * cannot hide a field on every platform as the answers above it change, so a conditional question is always shown,
	 * optional, and says when it applies; its answer is not kept when the condition is not met.
	 */
	static FormField field(List<Question> questions, int position, String initial) {
		Question question = questions.get(position);
		String id = "q" + position;
		boolean optional = question.kind() == Question.Kind.BLOCKERS || question.optional()
				|| question.condition() != null;
		String label = question.text() + ((question.condition() == null) ? "" : " (" + when(questions, question) + ")");
		FormField field = switch (question.type()) {
			case TEXT -> FormField.multiline(id, label, initial, optional);
			case MOOD, HEALTH -> select(id, label, optional, initial, IntStream.rangeClosed(Scales.MIN, Scales.MAX)
				.mapToObj((score) -> new FormField.Option(Integer.toString(score), Scales.option(question.type(), score)))
				.toList());
			case YES_NO -> select(id, label, optional, initial,
					List.of(new FormField.Option("yes", "Yes"), new FormField.Option("no", "No")));
			case CHOICE -> select(id, label, optional, initial,
					question.choices().stream().map((choice) -> new FormField.Option(choice, choice)).toList());
		};
		String hint = hint(question);
		return (hint == null) ? field : field.withHint(hint);
	}

	/** The question as the DM reply format lists it: {@code How do you feel? (1 to 5)}. */
	static String replyLine(List<Question> questions, Question question) {
		String how = switch (question.type()) {
			case TEXT -> null;
			case MOOD, HEALTH -> "1 to 5";
			case YES_NO -> "yes or no";
			case CHOICE -> String.join(", ", question.choices());
		};
		String when = (question.condition() == null) ? null : when(questions, question) + ", else -";
		String optional = (question.optional() && when == null) ? "- to skip" : null;
		String notes = String.join("; ", java.util.stream.Stream.of(how, when, optional)
			.filter(java.util.Objects::nonNull)
			.toList());
		return notes.isEmpty() ? question.text() : question.text() + " (" + notes + ")";
	}

	/** When a conditional question applies, as its reader understands it: {@code only if you named a blocker}. */
	static String when(List<Question> questions, Question question) {
		Question.Condition condition = question.condition();
		Question earlier = questions.get(condition.question());
		if (condition.value() != null) {
			return "only if you answered " + condition.value() + " to \u201c" + earlier.text() + "\u201d";
		}
		if (earlier.kind() == Question.Kind.BLOCKERS) {
			return "only if you named a blocker";
		}
		return "only if you answered " + (earlier.type() == Question.Type.YES_NO ? "yes to " : "") + "\u201c"
				+ earlier.text() + "\u201d";
	}

	private static String hint(Question question) {
		if (question.condition() != null) {
			return "Otherwise leave it empty: an answer here is not kept when it does not apply.";
		}
		if (question.kind() == Question.Kind.BLOCKERS) {
			return "Leave empty or write 'none' if nothing blocks you.";
		}
		if (question.anonymous()) {
			return "Anonymous: the summary shows only how the team's scores spread, never yours.";
		}
		return null;
	}

	private static FormField select(String id, String label, boolean optional, String initial,
			List<FormField.Option> options) {
		List<String> initialValues = (initial == null || initial.isEmpty()) ? List.of() : List.of(initial);
		return new FormField(id, label, FormField.Type.SELECT, optional, initialValues, options, null);
	}

}
