package dev.steward.chat.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.MultiStaticSelectElement;
import com.slack.api.model.block.element.MultiUsersSelectElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;

import dev.steward.chat.Block;
import dev.steward.chat.Button;
import dev.steward.chat.ChatForm;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.FormField;
import dev.steward.chat.Text;
import dev.steward.i18n.Words;

/**
 * Renders the neutral message model as Block Kit within Slack's limits (50 blocks, 3,000 characters a section,
 * 24-character modal titles), escaping user text once so {@code <!channel>} in an answer pings nobody.
 */
final class BlockKitRenderer {

	static final int MAX_BLOCKS = 50;

	static final int MAX_VIEW_BLOCKS = 100;

	static final int MAX_SECTION = 3000;

	static final int MAX_TITLE = 24;

	static final int MAX_METADATA = 3000;

	private BlockKitRenderer() {
	}

	/** Escapes the three characters Slack treats as markup. */
	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	static String mrkdwn(Text text) {
		StringBuilder out = new StringBuilder();
		for (Text.Span span : text.spans()) {
			switch (span.style()) {
				case PLAIN -> out.append(escape(span.value()));
				case BOLD -> out.append(wrap(escape(span.value()), '*'));
				case ITALIC -> out.append(wrap(escape(span.value()), '_'));
				case MENTION -> out.append("<@").append(span.value().replaceAll("[^A-Za-z0-9]", "")).append('>');
			}
		}
		return out.toString();
	}

	/** Wraps each line separately, since Slack's bold and italic do not span lines; spaces stay outside. */
	private static String wrap(String text, char marker) {
		StringBuilder out = new StringBuilder();
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			String core = line.strip();
			if (core.isEmpty()) {
				out.append(line);
			}
			else {
				int start = line.indexOf(core);
				out.append(line, 0, start).append(marker).append(core).append(marker)
					.append(line.substring(start + core.length()));
			}
			if (i < lines.length - 1) {
				out.append('\n');
			}
		}
		return out.toString();
	}

	static String fallback(ChatMessage message) {
		return truncate(escape(message.fallback()), MAX_SECTION);
	}

	/**
	 * The message's blocks as Block Kit; images are left out, since Slack gets them as file uploads. The note on a
	 * message cut short is in English: the reader is not known here.
	 */
	static List<LayoutBlock> blocks(ChatMessage message) {
		return blocks(message, MAX_BLOCKS, Words.ENGLISH);
	}

	/** A Home tab showing the message in the reader's words, within the 100 blocks Slack allows a view. */
	static View home(ChatMessage message, Words words) {
		return View.builder().type("home").blocks(blocks(message, MAX_VIEW_BLOCKS, words)).build();
	}

	private static List<LayoutBlock> blocks(ChatMessage message, int max, Words words) {
		List<LayoutBlock> blocks = new ArrayList<>();
		for (Block block : message.blocks().stream().filter((block) -> !(block instanceof Block.Image)).toList()) {
			if (blocks.size() == max - 1) {
				blocks.add(context(
						words.get("platform.more-parts", String.valueOf(message.blocks().size() - blocks.size()))));
				break;
			}
			blocks.add(block(block));
		}
		return blocks;
	}

	private static LayoutBlock block(Block block) {
		if (block instanceof Block.Header header) {
			return HeaderBlock.builder().text(plain(truncate(header.text(), 150))).build();
		}
		if (block instanceof Block.Section section) {
			return SectionBlock.builder()
				.text(markdown(truncate(mrkdwn(section.text()), MAX_SECTION)))
				.fields(section.fields().isEmpty() ? null : section.fields()
					.stream()
					.limit(10)
					.map((field) -> (TextObject) markdown(truncate(mrkdwn(field), 2000)))
					.toList())
				.build();
		}
		if (block instanceof Block.Context context) {
			return ContextBlock.builder()
				.elements(List.of(markdown(truncate(mrkdwn(context.text()), MAX_SECTION))))
				.build();
		}
		if (block instanceof Block.Actions actions) {
			return ActionsBlock.builder()
				.elements(actions.buttons().stream().limit(25).map(BlockKitRenderer::button).toList())
				.build();
		}
		return DividerBlock.builder().build();
	}

	static List<Block.Image> images(ChatMessage message) {
		return message.blocks().stream().filter(Block.Image.class::isInstance).map(Block.Image.class::cast).toList();
	}

	private static LayoutBlock context(String text) {
		return ContextBlock.builder().elements(List.of(markdown(escape(text)))).build();
	}

	private static BlockElement button(Button button) {
		return ButtonElement.builder()
			.text(plain(truncate(button.label(), 75)))
			.actionId(button.actionId())
			.value(button.value())
			.style(switch (button.style()) {
				case PRIMARY -> "primary";
				case DANGER -> "danger";
				case DEFAULT -> null;
			})
			.build();
	}

	/**
	 * A modal for the form, closed with the reader's word for cancel; its callback id is the form id and its private
	 * metadata the form's context.
	 */
	static View modal(ChatForm form, Words words) {
		if (form.context() != null && form.context().length() > MAX_METADATA) {
			throw new IllegalArgumentException("Form context of " + form.formId() + " exceeds Slack's 3,000 characters");
		}
		return View.builder()
			.type("modal")
			.callbackId(form.formId())
			.privateMetadata(form.context())
			.title(ViewTitle.builder().type("plain_text").text(truncate(form.title(), MAX_TITLE)).build())
			.submit(ViewSubmit.builder().type("plain_text").text(truncate(form.submitLabel(), MAX_TITLE)).build())
			.close(ViewClose.builder().type("plain_text").text(words.get("platform.slack.cancel")).build())
			.blocks(form.fields().stream().limit(100).map(BlockKitRenderer::input).toList())
			.build();
	}

	private static LayoutBlock input(FormField field) {
		return InputBlock.builder()
			.blockId(field.id())
			.label(plain(truncate(field.label(), 2000)))
			.optional(field.optional())
			.hint(field.hint() == null ? null : plain(truncate(field.hint(), 2000)))
			.element(element(field))
			.build();
	}

	private static BlockElement element(FormField field) {
		return switch (field.type()) {
			case TEXT, MULTILINE -> PlainTextInputElement.builder()
				.actionId(field.id())
				.multiline(field.type() == FormField.Type.MULTILINE)
				.initialValue(field.initialValue())
				.maxLength(3000)
				.build();
			case SELECT -> StaticSelectElement.builder()
				.actionId(field.id())
				.options(options(field.options()))
				.initialOption(field.options()
					.stream()
					.filter((option) -> field.initialValues().contains(option.value()))
					.findFirst()
					.map(BlockKitRenderer::option)
					.orElse(null))
				.build();
			case MULTI_SELECT -> MultiStaticSelectElement.builder()
				.actionId(field.id())
				.options(options(field.options()))
				.initialOptions(field.initialValues().isEmpty() ? null
						: options(field.options()
							.stream()
							.filter((option) -> field.initialValues().contains(option.value()))
							.toList()))
				.build();
			case USERS -> MultiUsersSelectElement.builder()
				.actionId(field.id())
				.initialUsers(field.initialValues().isEmpty() ? null : field.initialValues())
				.build();
		};
	}

	private static List<OptionObject> options(List<FormField.Option> options) {
		return options.stream().map(BlockKitRenderer::option).toList();
	}

	private static OptionObject option(FormField.Option option) {
		return OptionObject.builder().text(plain(truncate(option.label(), 75))).value(option.value()).build();
	}

	private static PlainTextObject plain(String text) {
		return PlainTextObject.builder().text(text).emoji(true).build();
	}

	private static MarkdownTextObject markdown(String text) {
		return MarkdownTextObject.builder().text(text).build();
	}

	static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
	}

}
