package dev.steward.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formatted text as a list of spans; renderers escape plain spans for their platform, so user text never
 * carries markup.
 *
 * @param spans the spans in order
 */
public record Text(List<Span> spans) {

	private static final Pattern MENTION = Pattern.compile("<@([A-Za-z0-9._:-]+)>");

	public Text {
		spans = List.copyOf(spans);
	}

	/** One run of text with a single style. */
	public record Span(Style style, String value) {

	}

	/** How a span is shown; {@code MENTION} holds a platform user id. */
	public enum Style {

		PLAIN, BOLD, ITALIC, MENTION

	}

	public static Text plain(String value) {
		return new Text(List.of(new Span(Style.PLAIN, value)));
	}

	public static Text bold(String value) {
		return new Text(List.of(new Span(Style.BOLD, value)));
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Plain text in which each {@code <@USERID>} becomes a mention span. */
	public static Text withMentions(String value) {
		Builder text = builder();
		Matcher matcher = MENTION.matcher(value);
		int last = 0;
		while (matcher.find()) {
			text.plain(value.substring(last, matcher.start())).mention(matcher.group(1));
			last = matcher.end();
		}
		return text.plain(value.substring(last)).build();
	}

	/** The text without any formatting, for notifications and logs. */
	public String toPlainString() {
		StringBuilder out = new StringBuilder();
		for (Span span : spans) {
			out.append(span.style() == Style.MENTION ? "@" + span.value() : span.value());
		}
		return out.toString();
	}

	/** Collects spans in order. */
	public static final class Builder {

		private final List<Span> spans = new ArrayList<>();

		public Builder plain(String value) {
			return add(Style.PLAIN, value);
		}

		public Builder bold(String value) {
			return add(Style.BOLD, value);
		}

		public Builder italic(String value) {
			return add(Style.ITALIC, value);
		}

		public Builder mention(String userId) {
			return add(Style.MENTION, userId);
		}

		public Builder append(Text text) {
			spans.addAll(text.spans());
			return this;
		}

		public boolean isEmpty() {
			return spans.isEmpty();
		}

		private Builder add(Style style, String value) {
			if (value != null && !value.isEmpty()) {
				spans.add(new Span(style, value));
			}
			return this;
		}

		public Text build() {
			return new Text(spans);
		}

	}

}
