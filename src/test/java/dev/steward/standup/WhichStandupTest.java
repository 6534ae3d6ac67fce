package dev.steward.standup;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import dev.steward.command.Args;
import dev.steward.command.UsageException;
import dev.steward.i18n.Language;
import dev.steward.i18n.Words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which of a team's stand-ups a command means: a name before or after the command's options in any case, the only one
 * without a name, and otherwise the list of names or the closest one.
 */
class WhichStandupTest {

	private static final StandupConfig DAILY = standup(1, "Daily stand-up");

	private static final StandupConfig REVIEW = standup(2, "Week in review");

	private static final StandupConfig DAILY_REVIEW = standup(3, "Daily stand-up review");

	private static final Predicate<List<String>> NONE = List::isEmpty;

	private static final Predicate<List<String>> A_DATE = (words) -> words.size() <= 1;

	@Test
	void findsTheNameAfterTheCommandInAnyCase() {
		WhichStandup.Choice choice = WhichStandup.one("#web", List.of(DAILY, REVIEW), Args.parse("now week IN Review"),
				NONE);

		assertThat(choice.config()).isEqualTo(REVIEW);
		assertThat(choice.args().words()).containsExactly("now");
	}

	@Test
	void findsTheNameBeforeOrAfterTheOptionsAndLeavesTheOptions() {
		List<StandupConfig> all = List.of(DAILY, REVIEW);

		WhichStandup.Choice before = WhichStandup.one("#web", all, Args.parse("skip Week in review tomorrow"), A_DATE);
		WhichStandup.Choice after = WhichStandup.one("#web", all, Args.parse("skip tomorrow week in review"), A_DATE);

		assertThat(before.config()).isEqualTo(REVIEW);
		assertThat(before.args().words()).containsExactly("skip", "tomorrow");
		assertThat(after.config()).isEqualTo(REVIEW);
		assertThat(after.args().words()).containsExactly("skip", "tomorrow");
	}

	@Test
	void prefersTheLongestNameThatFits() {
		WhichStandup.Choice choice = WhichStandup.one("#web", List.of(DAILY, DAILY_REVIEW),
				Args.parse("now daily stand-up review"), NONE);

		assertThat(choice.config()).isEqualTo(DAILY_REVIEW);
	}

	@Test
	void needsNoNameWhenTheTeamHasOneStandup() {
		WhichStandup.Choice choice = WhichStandup.one("#web", List.of(DAILY), Args.parse("skip tomorrow"), A_DATE);

		assertThat(choice.config()).isEqualTo(DAILY);
		assertThat(choice.args().words()).containsExactly("skip", "tomorrow");
	}

	@Test
	void listsTheNamesWhenTheTeamHasSeveralAndNoneIsGiven() {
		assertThatThrownBy(() -> WhichStandup.one("#web", List.of(DAILY, REVIEW), Args.parse("now"), NONE))
			.isInstanceOf(UsageException.class)
			.hasMessage("This channel has 2 stand-ups: Daily stand-up, Week in review. Say which: "
					+ "/standup now Week in review");
	}

	@Test
	void suggestsTheClosestNameForOneNoStandupHas() {
		assertThatThrownBy(() -> WhichStandup.one("#web", List.of(DAILY, REVIEW),
				Args.parse("skip week in reveiw tomorrow"), A_DATE))
			.isInstanceOf(UsageException.class)
			.hasMessageContaining("no stand-up called 'week in reveiw'")
			.hasMessageContaining("Did you mean /standup skip Week in review?");
	}

	@Test
	void suggestsTheNameThatSharesAWordWhenNoneIsATypoAway() {
		assertThatThrownBy(() -> WhichStandup.one("#web", List.of(DAILY, REVIEW), Args.parse("now weekly review"),
				NONE))
			.hasMessageContaining("Did you mean /standup now Week in review?");
	}

	@Test
	void listsTheNamesInTheWordsOfWhoeverTypedTheCommand() {
		assertThatThrownBy(() -> Words.reading(Words.in(Language.ES),
				() -> WhichStandup.one("#web", List.of(DAILY, REVIEW), Args.parse("now"), NONE)))
			.isInstanceOf(UsageException.class)
			.hasMessage("Este canal tiene 2 stand-ups: Daily stand-up, Week in review. Di cuál: "
					+ "/standup now Week in review");
		assertThatThrownBy(() -> Words.reading(Words.in(Language.DE), () -> WhichStandup.one("#web",
				List.of(DAILY, REVIEW), Args.parse("skip week in reveiw tomorrow"), A_DATE)))
			.hasMessage("Dieser Channel hat kein Stand-up namens \u201eweek in reveiw\u201c. Meintest du /standup skip "
					+ "Week in review? Seine Stand-ups: Daily stand-up, Week in review.");
	}

	@Test
	void saysSoWhenTheTeamHasNoStandup() {
		assertThatThrownBy(() -> WhichStandup.one("#web", List.of(), Args.parse("now"), NONE))
			.hasMessageContaining("#web has no stand-up yet");
	}

	private static StandupConfig standup(long id, String name) {
		return new StandupConfig(id, 1, name, LocalTime.of(9, 30), LocalTime.of(11, 0), Duration.ofMinutes(60),
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), ZonePolicy.TEAM, StandupConfig.defaultQuestions(dev.steward.i18n.Words.ENGLISH),
				null, false);
	}

}
