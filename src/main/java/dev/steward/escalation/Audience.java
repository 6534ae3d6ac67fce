package dev.steward.escalation;

import dev.steward.chat.Button;

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

	Button[] buttons(long impedimentId) {
		String id = Long.toString(impedimentId);
		Button resolve = Button.primary("Resolve", "impediment.resolve", id);
		Button snooze = Button.of("Snooze 1 day", "impediment.snooze", id);
		Button take = Button.of("Take ownership", "impediment.take", id);
		Button comment = Button.of("Comment", "impediment.comment", id);
		Button ask = Button.of("Ask for an update", "impediment.ask", id);
		return switch (this) {
			case OWNER -> new Button[] { resolve, snooze, comment };
			case PM, CHANNEL -> new Button[] { resolve, snooze, take, comment };
			case STAKEHOLDER -> new Button[] { comment, ask };
			case MEMBER -> new Button[] { take, comment, ask };
		};
	}

}
