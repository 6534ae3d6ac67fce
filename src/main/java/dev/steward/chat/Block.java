package dev.steward.chat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One building block of a {@link ChatMessage}; each adapter renders it in its platform's own format. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = Block.Header.class, name = "header"),
		@JsonSubTypes.Type(value = Block.Section.class, name = "section"),
		@JsonSubTypes.Type(value = Block.Context.class, name = "context"),
		@JsonSubTypes.Type(value = Block.Actions.class, name = "actions"),
		@JsonSubTypes.Type(value = Block.Divider.class, name = "divider"),
		@JsonSubTypes.Type(value = Block.Image.class, name = "image") })
public sealed interface Block {

	/** A short plain heading. */
	record Header(String text) implements Block {

	}

	/** A paragraph with optional two-column fields. */
	record Section(Text text, List<Text> fields) implements Block {

		public Section {
			fields = fields == null ? List.of() : List.copyOf(fields);
		}

		public Section(Text text) {
			this(text, List.of());
		}

	}

	/** Small secondary text. */
	record Context(Text text) implements Block {

	}

	/** A row of buttons. */
	record Actions(List<Button> buttons) implements Block {

		public Actions {
			buttons = List.copyOf(buttons);
		}

	}

	/** A horizontal rule. */
	record Divider() implements Block {

	}

	/**
	 * A picture rendered by Steward, such as a digest's chart; Slack gets it as a file upload, Teams inline, the
	 * sandbox as an image.
	 *
	 * @param name a file name, such as {@code open-impediments.png}
	 * @param altText what the picture shows, for people who cannot see it
	 * @param pngBase64 the PNG, Base64-encoded
	 */
	record Image(String name, String altText, String pngBase64) implements Block {

	}

}
