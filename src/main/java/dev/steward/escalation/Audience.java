package dev.steward.escalation;

import dev.steward.chat.Button;
import dev.steward.i18n.Words;

/**
 * Who reads an escalation in one conversation, which decides the buttons it carries: each person sees only buttons
 * they may press.
 */
enum Audience {

	/** The owner: resolve, snooze, comment. */
	OWNER,
	/** A PM: everything. */
	PM,
	/** A stakeholder: comment, and ask the owner for an update. */
	STAKEHOLDER,
	/** Another member: take it over, comment, ask for an update. */
	MEMBER,
	/** A channel, read by all sorts: everything, and the log checks who pressed. */
	CHANNEL;

	Button[] buttons(Words words, long impedimentId) {
		String id = Long.toString(impedimentId);
		Button resolve = Button.primary(words.get("escalation.button.resolve"), "impediment.resolve", id);
		Button snooze = Button.of(words.get("escalation.button.snooze"), "impediment.snooze", id);
		Button take = Button.of(words.get("escalation.button.take"), "impediment.take", id);
		Button comment = Button.of(words.get("escalation.button.comment"), "impediment.comment", id);
		Button ask = Button.of(words.get("escalation.button.ask"), "impediment.ask", id);
		return switch (this) {
			case OWNER -> new Button[] { resolve, snooze, comment };
			case PM, CHANNEL -> new Button[] { resolve, snooze, take, comment };
			case STAKEHOLDER -> new Button[] { comment, ask };
			case MEMBER -> new Button[] { take, comment, ask };
		};
	}

}
