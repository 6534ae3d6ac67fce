package dev.steward.command;

import java.util.List;

import dev.steward.chat.Block;

/** A part of a person's home view (Slack's Home tab); a feature with something to show each person offers one. */
public interface HomeSection {

	/**
	 * The section's blocks for the person, its heading first, in the person's words: {@link Home} makes them
	 * {@link dev.steward.i18n.Words#current()} while it asks.
	 */
	List<Block> blocks(Actor actor);

	/** Where the section goes among the others: lower first. */
	int order();

}
