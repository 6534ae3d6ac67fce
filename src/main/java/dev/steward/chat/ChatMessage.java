package dev.steward.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * A platform-neutral message: a plain fallback for notifications and the blocks that each adapter renders.
 *
 * @param fallback plain text shown in notifications and where blocks cannot be shown
 * @param blocks the content
 * @param view how a platform that shows each reader their own version of the message asks for it, or null
 */
public record ChatMessage(String fallback, List<Block> blocks, View view) {

	/** The most readers a message names for their own version (Teams refreshes a card for at most 60 people). */
	public static final int MAX_VIEWERS = 60;

	/**
	 * Each reader's own version of a message: a platform that refreshes a message per person (Teams) asks for it
	 * with this action, answered by the feature's {@code ActionHandler.view}; others show the message as it is.
	 *
	 * @param actionId the action that answers with the reader's version
	 * @param value its argument
	 * @param userIds who gets their own version in a channel (at most {@link #MAX_VIEWERS}); in a direct message,
	 * its one reader
	 */
	public record View(String actionId, String value, List<String> userIds) {

		public View {
			userIds = userIds == null ? List.of() : List.copyOf(userIds.subList(0, Math.min(MAX_VIEWERS,
					userIds.size())));
		}

	}

	public ChatMessage {
		blocks = List.copyOf(blocks);
	}

	public ChatMessage(String fallback, List<Block> blocks) {
		this(fallback, blocks, null);
	}

	/** The same message, with each reader's own version available through the view. */
	public ChatMessage viewedThrough(View personal) {
		return new ChatMessage(fallback, blocks, personal);
	}

	public static ChatMessage text(String text) {
		return new ChatMessage(text, List.of(new Block.Section(Text.plain(text))));
	}

	public static ChatMessage of(Text text) {
		return new ChatMessage(text.toPlainString(), List.of(new Block.Section(text)));
	}

	public static Builder builder(String fallback) {
		return new Builder(fallback);
	}

	/** Collects blocks in order. */
	public static final class Builder {

		private final String fallback;

		private final List<Block> blocks = new ArrayList<>();

		private Builder(String fallback) {
			this.fallback = fallback;
		}

		public Builder header(String text) {
			blocks.add(new Block.Header(text));
			return this;
		}

		public Builder section(Text text) {
			blocks.add(new Block.Section(text));
			return this;
		}

		public Builder section(Text text, List<Text> fields) {
			blocks.add(new Block.Section(text, fields));
			return this;
		}

		public Builder context(Text text) {
			blocks.add(new Block.Context(text));
			return this;
		}

		public Builder buttons(Button... buttons) {
			blocks.add(new Block.Actions(List.of(buttons)));
			return this;
		}

		public Builder image(String name, String altText, byte[] png) {
			blocks.add(new Block.Image(name, altText, java.util.Base64.getEncoder().encodeToString(png)));
			return this;
		}

		public Builder divider() {
			blocks.add(new Block.Divider());
			return this;
		}

		public ChatMessage build() {
			return new ChatMessage(fallback, blocks);
		}

	}

}
