package dev.steward.escalation;

import java.util.List;

import dev.steward.chat.Button;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.impediment.Impediment;
import dev.steward.impediment.ImpedimentEvent;
import dev.steward.impediment.ImpedimentMessages;
import dev.steward.team.Team;

/** The escalation and resolution messages, with the buttons that act on the impediment. */
final class EscalationMessages {

	static final int HISTORY_LINES = 3;

	private EscalationMessages() {
	}

	static ChatMessage escalation(Team team, Impediment impediment, int rung, LadderPolicy policy, String ageText,
			String why, String goalAtRisk, List<ImpedimentEvent> history) {
		String headline = "\u26a0\ufe0f " + impediment.key() + " is blocking " + team.name();
		String id = Long.toString(impediment.id());
		return ChatMessage.builder(headline + ": " + impediment.title())
			.header(headline)
			.section(ImpedimentMessages.line(impediment, ageText))
			.section(Text.builder()
				.bold("Rung " + rung + " of " + policy.rungs().size() + ": ")
				.plain(why + ". Open " + ageText + " of working time.")
				.plain(goalAtRisk == null ? "" : "\n\u26a0\ufe0f It puts " + goalAtRisk + " at risk.")
				.build())
			.context(ImpedimentMessages.historyText(history.subList(Math.max(0, history.size() - HISTORY_LINES),
					history.size()), team.zone(), null))
			.buttons(Button.primary("Resolve", "impediment.resolve", id),
					Button.of("Snooze 1 day", "impediment.snooze", id),
					Button.of("Take ownership", "impediment.take", id),
					Button.of("Comment", "impediment.comment", id))
			.build();
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
