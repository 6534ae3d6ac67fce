package dev.steward.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * A platform-neutral message: a plain fallback for notifications and the blocks that each adapter renders.
 *
 * @param fallback plain text shown in notifications and where blocks cannot be shown
 * @param blocks the content
 */
public record ChatMessage(String fallback, List<Block> blocks) {

	public ChatMessage {
		blocks = List.copyOf(blocks);
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
