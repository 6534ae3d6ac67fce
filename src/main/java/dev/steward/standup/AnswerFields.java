package dev.steward.standup;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.FormField;
import dev.steward.i18n.Words;

/** The answer form's input for a question of each type, and how a question reads in the DM reply format. */
final class AnswerFields {

	private AnswerFields() {
	}

	/**
	 * The input for the question at the position, pre-filled with the initial value (a score as its number), in the
	 * reader's words. A form cannot hide a field on every platform as the answers above it change, so a conditional
	 * question is always shown, optional, and says when it applies; its answer is not kept when the condition is not
	 * met.
	 */
	static FormField field(Words words, List<Question> questions, int position, String initial) {
		Question question = questions.get(position);
		String id = "q" + position;
		boolean optional = question.kind() == Question.Kind.BLOCKERS || question.optional()
				|| question.condition() != null;
		String label = (question.condition() == null) ? question.text()
				: words.get("answers.field.conditional", question.text(), when(words, questions, question));
		FormField field = switch (question.type()) {
			case TEXT -> FormField.multiline(id, label, initial, optional);
			case MOOD, HEALTH -> select(id, label, optional, initial, IntStream.rangeClosed(Scales.MIN, Scales.MAX)
				.mapToObj((score) -> new FormField.Option(Integer.toString(score),
						Scales.option(words, question.type(), score)))
				.toList());
			case YES_NO -> select(id, label, optional, initial, List.of(
					new FormField.Option("yes", words.get("answers.field.yes")),
					new FormField.Option("no", words.get("answers.field.no"))));
			case CHOICE -> select(id, label, optional, initial,
					question.choices().stream().map((choice) -> new FormField.Option(choice, choice)).toList());
		};
		String hint = hint(words, question);
		return (hint == null) ? field : field.withHint(hint);
	}

	/** How to answer by message: one line per question, in order, each saying how it is answered. */
	static ChatMessage replyFormat(Words words, List<Question> questions) {
		return ChatMessage.text(words.get("answers.reply.format", questions.stream()
			.map((question) -> replyLine(words, questions, question))
			.collect(Collectors.joining("\n"))));
	}

	/** The question as the DM reply format lists it, in the reader's words: {@code How do you feel? (1 to 5)}. */
	static String replyLine(Words words, List<Question> questions, Question question) {
		String how = switch (question.type()) {
			case TEXT -> null;
			case MOOD, HEALTH -> words.get("answers.reply.scale");
			case YES_NO -> words.get("answers.reply.yes-no");
			case CHOICE -> String.join(", ", question.choices());
		};
		String when = (question.condition() == null) ? null
				: words.get("answers.reply.else", when(words, questions, question));
		String optional = (question.optional() && when == null) ? words.get("answers.reply.skip") : null;
		String notes = Stream.of(how, when, optional).filter(Objects::nonNull).collect(Collectors.joining("; "));
		return notes.isEmpty() ? question.text() : words.get("answers.reply.line", question.text(), notes);
	}

	/** When a conditional question applies, as its reader understands it: {@code only if you named a blocker}. */
	static String when(Words words, List<Question> questions, Question question) {
		Question.Condition condition = question.condition();
		Question earlier = questions.get(condition.question());
		if (condition.value() != null) {
			String value = (earlier.type() == Question.Type.YES_NO) ? words.get("answers.word." + condition.value())
					: condition.value();
			return words.get("answers.when.value", value, earlier.text());
		}
		if (earlier.kind() == Question.Kind.BLOCKERS) {
			return words.get("answers.when.blocker");
		}
		return words.get(earlier.type() == Question.Type.YES_NO ? "answers.when.yes" : "answers.when.answered",
				earlier.text());
	}

	private static String hint(Words words, Question question) {
		if (question.condition() != null) {
			return words.get("answers.hint.conditional");
		}
		if (question.kind() == Question.Kind.BLOCKERS) {
			return words.get("answers.hint.blockers");
		}
		if (question.anonymous()) {
			return words.get("answers.hint.anonymous");
		}
		return null;
	}

	private static FormField select(String id, String label, boolean optional, String initial,
			List<FormField.Option> options) {
		List<String> initialValues = (initial == null || initial.isEmpty()) ? List.of() : List.of(initial);
		return new FormField(id, label, FormField.Type.SELECT, optional, initialValues, options, null);
	}

}
