package dev.steward.chat.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;

import dev.steward.chat.Block;
import dev.steward.chat.Button;
import dev.steward.chat.ChatForm;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.FormField;
import dev.steward.chat.Text;
import dev.steward.i18n.Words;

/**
 * Renders the neutral message model as Adaptive Cards (schema 1.5). Text goes into {@code RichTextBlock}s of
 * {@code TextRun}s, which Teams never reads as Markdown, so an answer saying {@code **urgent** [x](http://evil)}
 * shows exactly that. Buttons and forms become {@code Action.Submit}s (or, on a card with a per-person view,
 * {@code Action.Execute}s) whose data says what to route the press to; each carries a fresh nonce, so a double click
 * or a retried request is handled once. Steward's own notes on a card are in the words of the reader being drawn for
 * ({@link Words#current()}).
 */
final class AdaptiveCards {

	static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

	/** Teams takes 100 KB a message; staying under 80 KB leaves room for the activity around the card. */
	static final int MAX_CARD_CHARS = 80_000;

	/** The field of an action's data that marks it as Steward's, and says whether it is a button or a form. */
	static final String KIND = "steward";

	static final String BUTTON = "action";

	static final String FORM = "form";

	private AdaptiveCards() {
	}

	/** A card for the message, alike for everyone; mentions show the person's name, looked up with {@code names}. */
	static ObjectNode message(ChatMessage message, Function<String, String> names) {
		return message(message, names, UniversalActions.Reader.EVERYONE);
	}

	/**
	 * A card for the message as the reader sees it. A message with a view or with a button marked inline takes
	 * Universal Actions: its buttons are {@code Action.Execute}s, an inline button shows its form in its place for a
	 * card's one reader, and the view becomes the card's {@code refresh}. Other cards keep {@code Action.Submit}s.
	 */
	static ObjectNode message(ChatMessage message, Function<String, String> names, UniversalActions.Reader reader) {
		boolean universal = isUniversal(message);
		ObjectNode card = card(fallback(message, names));
		ArrayNode body = card.putArray("body");
		boolean separate = false;
		for (Block block : message.blocks()) {
			if (block instanceof Block.Divider) {
				separate = true;
				continue;
			}
			List<ObjectNode> elements = (universal && block instanceof Block.Actions actions)
					? UniversalActions.actions(actions, message.view(), reader) : List.of(element(block, names));
			if (separate) {
				elements.get(0).put("separator", true);
				separate = false;
			}
			elements.forEach(body::add);
		}
		if (message.view() != null) {
			card.set("refresh", UniversalActions.refresh(message.view(), reader.viewerId()));
		}
		return withinSize(card);
	}

	/** Whether the message takes Universal Actions: it has a view, or a button that may show its form inline. */
	private static boolean isUniversal(ChatMessage message) {
		return message.view() != null || message.blocks()
			.stream()
			.anyMatch((block) -> block instanceof Block.Actions actions
					&& actions.buttons().stream().anyMatch((button) -> button.inline() != Button.Inline.NONE));
	}

	/** A card with the form's inputs, the values given so far, and the errors next to their fields. */
	static ObjectNode form(ChatForm form, Map<String, String> errors, List<TeamsPeople.Person> people) {
		ObjectNode card = card(form.title());
		ArrayNode body = card.putArray("body");
		body.add(heading(form.title()));
		for (FormField field : form.fields()) {
			body.add(FormInputs.input(field, people));
			if (field.hint() != null) {
				body.add(note(field.hint(), false));
			}
			if (errors.containsKey(field.id())) {
				body.add(note(errors.get(field.id()), true));
			}
		}
		ObjectNode data = Serialization.createObjectNode();
		data.put(KIND, FORM);
		data.put("nonce", UUID.randomUUID().toString());
		data.set("form", Serialization.objectToTree(form));
		card.putArray("actions").add(submit(form.submitLabel(), data, "positive"));
		return card;
	}

	/** Whether the submitted data is a button's or a form's of one of Steward's cards. */
	static boolean isStewards(JsonNode data) {
		String kind = data == null ? "" : data.path(KIND).asText();
		return BUTTON.equals(kind) || FORM.equals(kind);
	}

	/** The message's fallback with each mentioned user id replaced by the person's name. */
	static String fallback(ChatMessage message, Function<String, String> names) {
		String fallback = message.fallback();
		for (Block block : message.blocks()) {
			for (Text text : texts(block)) {
				for (Text.Span span : text.spans()) {
					if (span.style() == Text.Style.MENTION) {
						fallback = fallback.replace("@" + span.value(), "@" + names.apply(span.value()));
					}
				}
			}
		}
		return fallback;
	}

	private static List<Text> texts(Block block) {
		if (block instanceof Block.Section section) {
			List<Text> texts = new ArrayList<>(section.fields());
			texts.add(section.text());
			return texts;
		}
		return block instanceof Block.Context context ? List.of(context.text()) : List.of();
	}

	static Attachment attachment(ObjectNode card) {
		Attachment attachment = new Attachment();
		attachment.setContentType(CONTENT_TYPE);
		attachment.setContent(card);
		return attachment;
	}

	private static ObjectNode card(String fallback) {
		ObjectNode card = Serialization.createObjectNode();
		card.put("type", "AdaptiveCard");
		card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
		card.put("version", "1.5");
		card.put("fallbackText", fallback);
		card.putObject("msteams").put("width", "Full");
		return card;
	}

	private static ObjectNode element(Block block, Function<String, String> names) {
		if (block instanceof Block.Header header) {
			return heading(header.text());
		}
		if (block instanceof Block.Section section) {
			ObjectNode text = rich(section.text(), names, false);
			if (section.fields().isEmpty()) {
				return text;
			}
			ObjectNode container = Serialization.createObjectNode();
			container.put("type", "Container");
			ArrayNode items = container.putArray("items");
			items.add(text);
			for (int i = 0; i < section.fields().size(); i += 2) {
				items.add(columns(section.fields().subList(i, Math.min(i + 2, section.fields().size())), names));
			}
			return container;
		}
		if (block instanceof Block.Context context) {
			return rich(context.text(), names, true);
		}
		if (block instanceof Block.Image image) {
			ObjectNode picture = Serialization.createObjectNode();
			picture.put("type", "Image");
			picture.put("url", "data:image/png;base64," + image.pngBase64());
			picture.put("altText", image.altText());
			return picture;
		}
		Block.Actions actions = (Block.Actions) block;
		ObjectNode set = Serialization.createObjectNode();
		set.put("type", "ActionSet");
		ArrayNode list = set.putArray("actions");
		actions.buttons().stream().limit(6).forEach((button) -> list.add(button(button)));
		return set;
	}

	private static ObjectNode columns(List<Text> fields, Function<String, String> names) {
		ObjectNode set = Serialization.createObjectNode();
		set.put("type", "ColumnSet");
		ArrayNode columns = set.putArray("columns");
		for (Text field : fields) {
			ObjectNode column = columns.addObject();
			column.put("type", "Column");
			column.put("width", "stretch");
			column.putArray("items").add(rich(field, names, false));
		}
		return set;
	}

	private static ObjectNode button(Button button) {
		ObjectNode data = Serialization.createObjectNode();
		data.put(KIND, BUTTON);
		data.put("actionId", button.actionId());
		data.put("value", button.value());
		data.put("nonce", UUID.randomUUID().toString());
		return submit(button.label(), data, style(button.style()));
	}

	static String style(Button.Style style) {
		return switch (style) {
			case PRIMARY -> "positive";
			case DANGER -> "destructive";
			case DEFAULT -> "default";
		};
	}

	private static ObjectNode submit(String title, ObjectNode data, String style) {
		ObjectNode action = Serialization.createObjectNode();
		action.put("type", "Action.Submit");
		action.put("title", title);
		action.put("style", style);
		action.set("data", data);
		return action;
	}

	private static ObjectNode heading(String text) {
		ObjectNode block = Serialization.createObjectNode();
		block.put("type", "RichTextBlock");
		ObjectNode run = block.putArray("inlines").addObject();
		run.put("type", "TextRun");
		run.put("text", text);
		run.put("size", "Medium");
		run.put("weight", "Bolder");
		return block;
	}

	/** A field's label above its value. */
	static ObjectNode label(String text) {
		ObjectNode block = run(text);
		((ObjectNode) block.path("inlines").path(0)).put("weight", "Bolder");
		return block;
	}

	/** Text as it is, never read as Markdown. */
	static ObjectNode plain(String text) {
		return run(text);
	}

	private static ObjectNode run(String text) {
		ObjectNode block = Serialization.createObjectNode();
		block.put("type", "RichTextBlock");
		ObjectNode run = block.putArray("inlines").addObject();
		run.put("type", "TextRun");
		run.put("text", text);
		return block;
	}

	static ObjectNode note(String text, boolean error) {
		ObjectNode block = Serialization.createObjectNode();
		block.put("type", "RichTextBlock");
		ObjectNode run = block.putArray("inlines").addObject();
		run.put("type", "TextRun");
		run.put("text", text);
		run.put("size", "Small");
		if (error) {
			run.put("color", "Attention");
		}
		else {
			run.put("isSubtle", true);
		}
		return block;
	}

	/** Spans as text runs: bold, italic, mentions as the person's name in bold, plain text as it is. */
	static ObjectNode rich(Text text, Function<String, String> names, boolean subtle) {
		ObjectNode block = Serialization.createObjectNode();
		block.put("type", "RichTextBlock");
		ArrayNode inlines = block.putArray("inlines");
		for (Text.Span span : text.spans()) {
			ObjectNode run = inlines.addObject();
			run.put("type", "TextRun");
			run.put("text", span.style() == Text.Style.MENTION ? "@" + names.apply(span.value()) : span.value());
			if (span.style() == Text.Style.BOLD || span.style() == Text.Style.MENTION) {
				run.put("weight", "Bolder");
			}
			if (span.style() == Text.Style.ITALIC) {
				run.put("italic", true);
			}
			if (subtle) {
				run.put("isSubtle", true);
				run.put("size", "Small");
			}
		}
		return block;
	}

	/** Drops trailing parts of a card too big for Teams, and says how many were left out. */
	private static ObjectNode withinSize(ObjectNode card) {
		ArrayNode body = (ArrayNode) card.get("body");
		int dropped = 0;
		while (card.toString().length() > MAX_CARD_CHARS && body.size() > 1) {
			body.remove(body.size() - 1);
			dropped++;
		}
		if (dropped > 0) {
			body.add(note(Words.current().get("platform.more-parts", String.valueOf(dropped)), false));
		}
		return card;
	}

}
