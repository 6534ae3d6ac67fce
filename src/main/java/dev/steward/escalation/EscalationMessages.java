package dev.steward.escalation;

import java.util.List;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.impediment.Impediment;
import dev.steward.impediment.ImpedimentEvent;
import dev.steward.impediment.ImpedimentMessages;
import dev.steward.team.Team;

/**
 * The escalation and resolution messages. Each carries the buttons its reader may press, times in the reader's zone,
 * and the threshold that applied and why; a conversation told before during the same climb hears what changed.
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
	 * @param ageText its working-time age in words
	 * @param why why now: the threshold, or who escalated by hand
	 * @param goalAtRisk the value goal it threatens, or null
	 */
	record Escalation(Team team, Impediment impediment, int rung, int rungs, Target target, String ageText, String why,
			String goalAtRisk) {

	}

	static ChatMessage escalation(Escalation escalation, Recipients.Reader reader, List<ImpedimentEvent> history) {
		Impediment impediment = escalation.impediment();
		String headline = "\u26a0\ufe0f " + impediment.key() + " is blocking " + escalation.team().name();
		return ChatMessage.builder(headline + ": " + impediment.title())
			.header(headline)
			.section(ImpedimentMessages.line(impediment, escalation.ageText(), reader.zone()))
			.section(rungText(escalation))
			.context(ImpedimentMessages.historyText(last(history, HISTORY_LINES), reader.zone(), null))
			.buttons(reader.audience().buttons(impediment.id()))
			.build();
	}

	/** For a conversation told at an earlier rung of this climb: what changed since, not the same message again. */
	static ChatMessage update(Escalation escalation, Recipients.Reader reader, List<ImpedimentEvent> since) {
		Impediment impediment = escalation.impediment();
		String headline = impediment.key() + " is still blocking " + escalation.team().name() + " and has climbed";
		Text.Builder changed = Text.builder().bold("Since my last message about it: ");
		if (since.isEmpty()) {
			changed.plain("nothing has happened to it.");
		}
		return ChatMessage.builder(headline + " to rung " + escalation.rung() + ": " + impediment.title())
			.section(Text.builder().plain("\u2b06\ufe0f ").bold(impediment.key()).plain(" " + impediment.title()).build())
			.section(rungText(escalation))
			.context(since.isEmpty() ? changed.build()
					: Text.builder().append(changed.build()).plain("\n")
						.append(ImpedimentMessages.historyText(last(since, HISTORY_LINES), reader.zone(), null))
						.build())
			.buttons(reader.audience().buttons(impediment.id()))
			.build();
	}

	private static Text rungText(Escalation escalation) {
		return Text.builder()
			.bold("Rung " + escalation.rung() + " of " + escalation.rungs() + " (" + escalation.target().description()
					+ "): ")
			.plain("open " + escalation.ageText() + " of working time; " + escalation.why() + ".")
			.plain(escalation.goalAtRisk() == null ? "" : "\n\u26a0\ufe0f It puts " + escalation.goalAtRisk() + " at risk.")
			.build();
	}

	private static List<ImpedimentEvent> last(List<ImpedimentEvent> events, int count) {
		return events.subList(Math.max(0, events.size() - count), events.size());
	}

	static ChatMessage resolved(Impediment impediment, String ageText) {
		Text text = Text.builder()
			.plain("\u2705 ")
			.bold(impediment.key())
			.plain(" is resolved: " + impediment.title() + "\nIt took " + ageText + " of working time; resolved by ")
			.mention(impediment.resolvedBy())
			.plain(impediment.resolutionNote() == null ? "." : " (" + impediment.resolutionNote() + ").")
			.build();
		return ChatMessage.of(text);
	}

	static ChatMessage merged(Impediment impediment) {
		return ChatMessage.of(Text.builder()
			.bold(impediment.key())
			.plain(" was merged into ")
			.bold(Impediment.key(impediment.mergedInto()))
			.plain("; follow that one from now on.")
			.build());
	}

}
