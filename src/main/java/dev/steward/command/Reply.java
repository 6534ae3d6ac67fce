package dev.steward.command;

import dev.steward.chat.ChatForm;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;

/**
 * What an interaction answers inline: a message only the actor sees, a form to open, a replacement for the message
 * whose button was pressed, or nothing.
 *
 * @param message an ephemeral message, or null
 * @param form a form to open, or null
 * @param replacement the new content of the message the action came from, or null
 */
public record Reply(ChatMessage message, ChatForm form, ChatMessage replacement) {

	/** A message only the actor sees; {@code <@USERID>} in the text becomes a mention. */
	public static Reply text(String text) {
		return new Reply(ChatMessage.of(Text.withMentions(text)), null, null);
	}

	public static Reply message(ChatMessage message) {
		return new Reply(message, null, null);
	}

	public static Reply form(ChatForm form) {
		return new Reply(null, form, null);
	}

	public static Reply replace(ChatMessage replacement) {
		return new Reply(null, null, replacement);
	}

	public static Reply none() {
		return new Reply(null, null, null);
	}

}
