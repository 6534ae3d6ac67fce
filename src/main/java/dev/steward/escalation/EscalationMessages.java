package dev.steward.escalation;

import java.time.Duration;
import java.util.List;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.i18n.Words;
import dev.steward.impediment.Impediment;
import dev.steward.impediment.ImpedimentEvent;
import dev.steward.impediment.ImpedimentMessages;
import dev.steward.team.Team;
import dev.steward.team.TeamCalendar;

/**
 * The escalation and resolution messages, each in its reader's words. Each carries the buttons its reader may press,
 * times in the reader's zone, and the threshold that applied and why; a conversation told before during the same
 * climb hears what changed.
 */
final class EscalationMessages {

	static final int HISTORY_LINES = 3;

	private EscalationMessages() {
	}

	/**
	 * What one rung says.
	 *
	 * @param team the team
	 * @param impediment the impediment, as escalated
	 * @param rung the rung fired
	 * @param rungs how many rungs the ladder has
	 * @param target whom the rung tells
	 * @param age its working-time age
	 * @param workingDay the length of the team's working day
	 * @param why why now, in the reader's words: the threshold, or who escalated by hand
	 * @param goalAtRisk the value goal it threatens, or null
	 */
	record Escalation(Team team, Impediment impediment, int rung, int rungs, Target target, Duration age,
			Duration workingDay, Reason why, Reason goalAtRisk) {

		String ageText(Words words) {
			return TeamCalendar.describe(age, workingDay, words);
		}

	}

	/** Why a rung fired, written in the reader's words. */
	@FunctionalInterface
	interface Reason {

		String in(Words words);

	}

	static ChatMessage escalation(Escalation escalation, Recipients.Reader reader, List<ImpedimentEvent> history) {
		Words words = reader.words();
		Impediment impediment = escalation.impediment();
		String headline = words.get("escalation.headline", impediment.key(), escalation.team().name());
		return Words.reading(words, () -> ChatMessage.builder(headline + ": " + impediment.title())
			.header(headline)
			.section(ImpedimentMessages.line(words, impediment, escalation.ageText(words), reader.zone()))
			.section(rungText(escalation, words))
			.context(ImpedimentMessages.historyText(words, last(history, HISTORY_LINES), reader.zone(), null))
			.buttons(reader.audience().buttons(words, impediment.id()))
			.build());
	}

	/** For a conversation told at an earlier rung of this climb: what changed since, not the same message again. */
	static ChatMessage update(Escalation escalation, Recipients.Reader reader, List<ImpedimentEvent> since) {
		Words words = reader.words();
		Impediment impediment = escalation.impediment();
		String summary = words.get("escalation.update.summary", impediment.key(), escalation.team().name(),
				Integer.toString(escalation.rung()), impediment.title());
		return Words.reading(words, () -> ChatMessage.builder(summary)
			.section(Text.builder().plain("\u2b06\ufe0f ").bold(impediment.key()).plain(" " + impediment.title()).build())
			.section(rungText(escalation, words))
			.context(changedSince(since, reader))
			.buttons(reader.audience().buttons(words, impediment.id()))
			.build());
	}

	private static Text changedSince(List<ImpedimentEvent> since, Recipients.Reader reader) {
		Text.Builder changed = Text.builder().bold(reader.words().get("escalation.update.since") + " ");
		if (since.isEmpty()) {
			return changed.plain(reader.words().get("escalation.update.nothing")).build();
		}
		return changed.plain("\n")
			.append(ImpedimentMessages.historyText(reader.words(), last(since, HISTORY_LINES), reader.zone(), null))
			.build();
	}

	private static Text rungText(Escalation escalation, Words words) {
		String rung = words.get("escalation.rung", Integer.toString(escalation.rung()),
				Integer.toString(escalation.rungs()), escalation.target().description(words));
		String open = words.get("escalation.open", escalation.ageText(words), escalation.why().in(words));
		return Text.builder()
			.bold(rung + " ")
			.append(Text.withMentions(open))
			.plain(escalation.goalAtRisk() == null ? ""
					: "\n" + words.get("escalation.goal-at-risk", escalation.goalAtRisk().in(words)))
			.build();
	}

	private static List<ImpedimentEvent> last(List<ImpedimentEvent> events, int count) {
		return events.subList(Math.max(0, events.size() - count), events.size());
	}

	static ChatMessage resolved(Words words, Impediment impediment, String ageText) {
		Text text = Text.builder()
			.plain("\u2705 ")
			.bold(impediment.key())
			.plain(" " + words.get("escalation.resolved", impediment.title(), ageText) + " ")
			.mention(impediment.resolvedBy())
			.plain(impediment.resolutionNote() == null ? "." : " (" + impediment.resolutionNote() + ").")
			.build();
		return ChatMessage.of(text);
	}

	static ChatMessage merged(Words words, Impediment impediment) {
		return ChatMessage.of(Text.builder()
			.bold(impediment.key())
			.plain(" " + words.get("escalation.merged") + " ")
			.bold(Impediment.key(impediment.mergedInto()))
			.plain(words.get("escalation.merged.follow"))
			.build());
	}

}
