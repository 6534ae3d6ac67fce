package dev.steward.sprint;

import dev.steward.chat.Text;

/**
 * A translated sentence whose arguments keep their styling: a bold name or a mention is passed marked, and the
 * formatted sentence becomes text with those spans wherever the language puts them.
 */
final class Sentence {

	private static final char BOLD_START = '\ue000';

	private static final char BOLD_END = '\ue001';

	private static final char MENTION_START = '\ue002';

	private static final char MENTION_END = '\ue003';

	private Sentence() {
	}

	/** An argument shown in bold. */
	static String bold(String value) {
		return BOLD_START + value + BOLD_END;
	}

	/** An argument shown as a mention of the user. */
	static String mention(String userId) {
		return MENTION_START + userId + MENTION_END;
	}

	/** The formatted sentence as text: marked arguments bold or mentions, the rest plain. */
	static Text text(String formatted) {
		Text.Builder text = Text.builder();
		StringBuilder plain = new StringBuilder();
		int i = 0;
		while (i < formatted.length()) {
			char c = formatted.charAt(i);
			if (c == BOLD_START || c == MENTION_START) {
				int end = formatted.indexOf(c == BOLD_START ? BOLD_END : MENTION_END, i);
				flush(text, plain);
				String value = formatted.substring(i + 1, end);
				if (c == BOLD_START) {
					text.bold(value);
				}
				else {
					text.mention(value);
				}
				i = end + 1;
			}
			else {
				plain.append(c);
				i++;
			}
		}
		flush(text, plain);
		return text.build();
	}

	private static void flush(Text.Builder text, StringBuilder plain) {
		if (!plain.isEmpty()) {
			text.plain(plain.toString());
			plain.setLength(0);
		}
	}

}
