package dev.steward.standup;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.steward.i18n.Words;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading answers by each question's type, as the form sends them or as people type them in a DM. */
class TypedAnswersTest {

	private static final List<Question> QUESTIONS = questions("How do you feel? [mood, anonymous]",
			"Did you deploy? [yes/no]", "Which area? [choice: API | Web | Mobile]", "Anything blocking you?",
			"Who can help? [if 4]", "Which browser? [optional, if 3 = Web]");

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "3; 3", "3/5; 3", "3 of 5; 3", "4 - good; 4", "great; 5",
			"\ud83d\ude1e; 1" })
	void readsAScoreAsPeopleTypeIt(String typed, int score) {
		TypedAnswers read = read(typed, "yes", "API", "none", "", "");

		assertThat(read.problems()).isEmpty();
		assertThat(read.scores()).containsEntry(0, score);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "6", "3/4", "3.5", "fine", "10" })
	void refusesAScoreOutsideOneToFive(String typed) {
		assertThat(read(typed, "yes", "API", "none", "", "").problems()).containsOnlyKeys("q0");
	}

	@Test
	void readsYesNoAndChoicesWhateverTheirCase() {
		TypedAnswers read = read("4", "Yes.", "web", "none", "", "Firefox");

		assertThat(read.problems()).isEmpty();
		assertThat(read.texts()).containsExactly("\ud83d\ude42 4/5 good", "yes", "Web", "none", "", "Firefox");
	}

	@Test
	void refusesAnAnswerThatIsNotOneOfTheChoices() {
		assertThat(read("4", "maybe", "Desktop", "none", "", "").problems()).containsOnlyKeys("q1", "q2");
	}

	@Test
	void dropsAConditionalAnswerWhenTheConditionIsNotMet() {
		TypedAnswers read = read("4", "no", "API", "nothing", "Dana", "Firefox");

		assertThat(read.problems()).isEmpty();
		assertThat(read.texts()).containsExactly("\ud83d\ude42 4/5 good", "no", "API", "nothing", "", "");
	}

	@Test
	void asksForAConditionalAnswerWhenTheConditionIsMet() {
		TypedAnswers read = read("4", "no", "Web", "Waiting on VPN", "", "");

		assertThat(read.problems()).containsOnlyKeys("q4");
	}

	@Test
	void keepsAnAnonymousScoreOutOfTheTextAnswers() {
		TypedAnswers read = read("2", "no", "API", "none", "", "");

		assertThat(read.answers(QUESTIONS)).extracting(Answer::position).containsExactly(1, 2, 3, 4, 5);
	}

	private static TypedAnswers read(String... given) {
		return TypedAnswers.read(QUESTIONS, List.of(given), "en", Words.ENGLISH);
	}

	private static List<Question> questions(String... lines) {
		List<Question> questions = QuestionLines.read(List.of(lines));
		return List.of(questions.get(0), questions.get(1), questions.get(2),
				questions.get(3).withKind(Question.Kind.BLOCKERS), questions.get(4), questions.get(5));
	}

}
