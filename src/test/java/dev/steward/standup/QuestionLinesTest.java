package dev.steward.standup;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.steward.command.UsageException;
import dev.steward.i18n.Language;
import dev.steward.i18n.Words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the questions a PM types, one per line with a type and options in brackets, and writing them back. */
class QuestionLinesTest {

	@Test
	void readsAPlainLineAsARequiredFreeTextQuestion() {
		Question question = QuestionLines.read(List.of("What did you do yesterday?")).get(0);

		assertThat(question.type()).isEqualTo(Question.Type.TEXT);
		assertThat(question.text()).isEqualTo("What did you do yesterday?");
		assertThat(question.optional()).isFalse();
		assertThat(question.condition()).isNull();
	}

	@Test
	void readsEachTypeWithItsOptions() {
		List<Question> questions = QuestionLines.read(List.of("How do you feel today? [mood, anonymous]",
				"Did you deploy? [yes/no, optional]", "Which area? [choice: API | Web | Mobile]",
				"How is the sprint? [Health 1-5]", "Anything blocking you?", "Who can help? [optional, if 5]",
				"Which browser? [if 3 = web]", "Why so low? [if 1 = 2]"));

		assertThat(questions).extracting(Question::type)
			.containsExactly(Question.Type.MOOD, Question.Type.YES_NO, Question.Type.CHOICE, Question.Type.HEALTH,
					Question.Type.TEXT, Question.Type.TEXT, Question.Type.TEXT, Question.Type.TEXT);
		assertThat(questions.get(0).anonymous()).isTrue();
		assertThat(questions.get(0).text()).isEqualTo("How do you feel today?");
		assertThat(questions.get(1).optional()).isTrue();
		assertThat(questions.get(2).choices()).containsExactly("API", "Web", "Mobile");
		assertThat(questions.get(5).condition()).isEqualTo(new Question.Condition(4, null));
		assertThat(questions.get(6).condition()).isEqualTo(new Question.Condition(2, "Web"));
		assertThat(questions.get(7).condition()).isEqualTo(new Question.Condition(0, "2"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "How do you feel today? [mood, anonymous]", "Did you deploy? [yes/no, optional]",
			"Which area? [choice: API | Web | Mobile]", "Who can help? [optional, if 1]", "Plain question",
			"Which one? [if 1 = yes]" })
	void writesALineBackAsItReadsIt(String line) {
		List<Question> questions = QuestionLines.read(List.of("Deployed? [yes/no]", line));

		assertThat(QuestionLines.write(questions.get(1))).isEqualTo(line);
	}

	@Test
	void refusesAConditionOnItself() {
		assertThatThrownBy(() -> QuestionLines.read(List.of("Anything blocking you?", "Who can help? [if 2]")))
			.isInstanceOf(UsageException.class)
			.hasMessageContaining("Line 2")
			.hasMessageContaining("depends on itself");
	}

	@Test
	void refusesAConditionOnALaterQuestion() {
		assertThatThrownBy(() -> QuestionLines.read(List.of("Who can help? [if 2]", "Anything blocking you?")))
			.isInstanceOf(UsageException.class)
			.hasMessageContaining("Line 1")
			.hasMessageContaining("question 2, which comes later");
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "How are you? [smiley]; which is not a type",
			"How are you? [mood 1-10]; scale of 1 to 10", "How are you? [mood 0-5]; goes from 1 to 5",
			"How are you? [mood, yes/no]; two types", "Which? [choice: A]; offers 1 choice",
			"Which? [choice: A | A]; twice", "Which? [choice]; without its answers",
			"Did you deploy? [yes/no, anonymous]; only a mood or health question",
			"[mood]; no question before them" })
	void refusesAMalformedLineNamingIt(String line, String message) {
		assertThatThrownBy(() -> QuestionLines.read(List.of("First?", line))).isInstanceOf(UsageException.class)
			.hasMessageStartingWith("Line 2 ")
			.hasMessageContaining(message);
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "How are you? [mood]; Why? [if 1 = 6]; a score from 1 to 5",
			"Deployed? [yes/no]; Where? [if 1 = maybe]; offers yes, no",
			"Which? [choice: API | Web]; Why? [if 1 = Desktop]; offers API, Web",
			"What did you do?; Why? [if 1 = nothing]; free text", "What did you do?; Why? [if one]; by its number" })
	void refusesAConditionOnAnAnswerTheEarlierQuestionCannotGet(String first, String second, String message) {
		assertThatThrownBy(() -> QuestionLines.read(List.of(first, second))).isInstanceOf(UsageException.class)
			.hasMessageStartingWith("Line 2 ")
			.hasMessageContaining(message);
	}

	@Test
	void refusesALineInTheWordsOfWhoeverTypedIt() {
		assertThatThrownBy(() -> Words.reading(Words.in(Language.DE),
				() -> QuestionLines.read(List.of("Wer kann helfen? [if 2]", "Blockiert dich etwas?"))))
			.isInstanceOf(UsageException.class)
			.hasMessage("Zeile 1 hängt von Frage 2 ab, die erst später kommt; sie kann nur von einer früheren Frage "
					+ "abhängen.");
	}

}
