package dev.steward.standup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which question asks about blockers, yesterday or today, from the team's own wording. */
class QuestionTest {

	@Test
	void recognisesBlockerQuestionsButNotOnesAboutUnblocking() {
		assertThat(Question.of("Anything blocking you?").kind()).isEqualTo(Question.Kind.BLOCKERS);
		assertThat(Question.of("Any blockers or impediments?").kind()).isEqualTo(Question.Kind.BLOCKERS);
		assertThat(Question.of("Where are you stuck?").kind()).isEqualTo(Question.Kind.BLOCKERS);
		assertThat(Question.of("Which PRs will you unblock today?").kind()).isEqualTo(Question.Kind.TODAY);
		assertThat(Question.of("What did you do yesterday?").kind()).isEqualTo(Question.Kind.YESTERDAY);
		assertThat(Question.of("How do you feel?").kind()).isEqualTo(Question.Kind.OTHER);
	}

}
