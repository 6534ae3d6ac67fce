package dev.steward.chat;

/** Reads a message written with {@code *bold*} runs, as Steward's bundles write them, into text spans. */
public final class MarkedText {

	private MarkedText() {
	}

	/** The text with each {@code *run*} bold and the rest plain; an unpaired star stays as it is. */
	public static Text of(String marked) {
		Text.Builder text = Text.builder();
		int from = 0;
		int open = marked.indexOf('*');
		while (open >= 0) {
			int close = marked.indexOf('*', open + 1);
			if (close < 0) {
				break;
			}
			text.plain(marked.substring(from, open)).bold(marked.substring(open + 1, close));
			from = close + 1;
			open = marked.indexOf('*', from);
		}
		return text.plain(marked.substring(from)).build();
	}

}
