package dev.steward.impediment;

import org.junit.jupiter.api.Test;

import dev.steward.command.Args;
import dev.steward.command.UsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading {@code /impediment log} strictly: options at the end, nothing silently folded into the title. */
class LogArgsTest {

	@Test
	void readsTheOwnerAndSeverityAtTheEndInEitherOrder() {
		assertThat(LogArgs.parse(Args.parse("CI is red <@U1> high")))
			.isEqualTo(new LogArgs("CI is red", "U1", Severity.HIGH, false));
		assertThat(LogArgs.parse(Args.parse("CI is red low <@U1>")))
			.isEqualTo(new LogArgs("CI is red", "U1", Severity.LOW, false));
		assertThat(LogArgs.parse(Args.parse("CI is red"))).isEqualTo(new LogArgs("CI is red", null, null, false));
	}

	@Test
	void aWordAfterTheOwnerThatLooksLikeASeverityIsAnErrorThatSaysWhatWouldBeRight() {
		assertThatThrownBy(() -> LogArgs.parse(Args.parse("x <@U1> critical"))).isInstanceOf(UsageException.class)
			.hasMessageContaining("'critical' is not a severity")
			.hasMessageContaining("/impediment log x <@U1> high");
		assertThatThrownBy(() -> LogArgs.parse(Args.parse("DB down <@U1> p1"))).hasMessageContaining("'p1'");
	}

	@Test
	void severityLikeWordsInsideTheDescriptionStayThereAndMentionsInsideItAreNotTheOwner() {
		assertThat(LogArgs.parse(Args.parse("Release is a blocker")).title()).isEqualTo("Release is a blocker");
		assertThat(LogArgs.parse(Args.parse("Waiting on <@U2> for keys")))
			.isEqualTo(new LogArgs("Waiting on <@U2> for keys", null, null, true));
		assertThatThrownBy(() -> LogArgs.parse(Args.parse("<@U1> high"))).hasMessageContaining("needs a description");
	}

}
