package dev.steward.chat.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;

import dev.steward.chat.Block;
import dev.steward.chat.Button;
import dev.steward.chat.ChatForm;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.FormField;

/**
 * The Universal Actions parts of a card: buttons and submits as {@code Action.Execute}s (answered through the
 * {@code adaptiveCard/action} invoke with the card to show in place), a form shown inline where its button was, or
 * that form's values read-only, and the {@code refresh} that makes each reader's client ask for their own view.
 */
final class UniversalActions {

	/** The verb of a button's Execute; its data is a button's. */
	static final String PRESS = "action";

	/** The verb of an inline form's submit; its data is a form's. */
	static final String SUBMIT = "submit";

	/** The verb of the refresh action, and the kind of its data. */
	static final String REFRESH = "refresh";

	/** The field of an action's data naming the message's view, so the answer can show the reader's own version. */
	static final String VIEW = "view";

	/** Teams refreshes a card automatically for at most this many people. */
	static final int MAX_REFRESH_USERS = ChatMessage.MAX_VIEWERS;

	private static final int MAX_ACTIONS = 6;

	private UniversalActions() {
	}

	/**
	 * A form for one reader: inline inputs (with the errors next to their fields) or the values, read-only.
	 *
	 * @param form the form, holding the values to show or pre-fill
	 * @param errors field id to message
	 * @param inputs whether to show inputs rather than values
	 * @param people the choices of a users field
	 */
	record Inline(ChatForm form, Map<String, String> errors, boolean inputs, List<TeamsPeople.Person> people) {

	}

	/**
	 * Who a card is for and how its inline forms are found.
	 *
	 * @param viewerId the reader of a personal card, or null for a card everyone sees alike
	 * @param forms the form to show in place of a button marked {@link Button.Inline}, if any
	 */
	record Reader(String viewerId, Function<Button, Optional<Inline>> forms) {

		static final Reader EVERYONE = new Reader(null, (button) -> Optional.empty());

	}

	/** The elements a row of buttons becomes: the inline form, if one shows, then the buttons as Execute actions. */
	static List<ObjectNode> actions(Block.Actions block, ChatMessage.View view, Reader reader) {
		Button shown = block.buttons().stream().filter((b) -> b.inline() != Button.Inline.NONE).findFirst().orElse(null);
		Optional<Inline> inline = shown == null ? Optional.empty() : reader.forms().apply(shown);
		List<ObjectNode> elements = new ArrayList<>();
		inline.ifPresent((form) -> elements.addAll(form.inputs() ? inputs(form) : values(form)));
		ObjectNode set = Serialization.createObjectNode();
		set.put("type", "ActionSet");
		ArrayNode list = set.putArray("actions");
		for (Button button : block.buttons()) {
			if (list.size() < MAX_ACTIONS) {
				list.add(button == shown && inline.isPresent() && inline.get().inputs()
						? submit(inline.get().form(), view) : press(button, view));
			}
		}
		elements.add(set);
		return elements;
	}

	/** The card's refresh: each of the readers' clients asks for their own view when it shows the card. */
	static ObjectNode refresh(ChatMessage.View view, String viewerId) {
		ObjectNode refresh = Serialization.createObjectNode();
		ObjectNode data = Serialization.createObjectNode();
		data.put(AdaptiveCards.KIND, REFRESH);
		data.put("actionId", view.actionId());
		data.put("value", view.value());
		refresh.set("action", execute(REFRESH, "Refresh", data, null));
		List<String> userIds = !view.userIds().isEmpty() ? view.userIds()
				: viewerId == null ? List.of() : List.of(viewerId);
		ArrayNode users = refresh.putArray("userIds");
		userIds.stream().limit(MAX_REFRESH_USERS).forEach(users::add);
		return refresh;
	}

	private static List<ObjectNode> inputs(Inline inline) {
		List<ObjectNode> elements = new ArrayList<>();
		for (FormField field : inline.form().fields()) {
			elements.add(FormInputs.input(field, inline.people()));
			if (field.hint() != null) {
				elements.add(AdaptiveCards.note(field.hint(), false));
			}
			if (inline.errors().containsKey(field.id())) {
				elements.add(AdaptiveCards.note(inline.errors().get(field.id()), true));
			}
		}
		return elements;
	}

	/**
	 * The form's values under their labels, as {@code TextRun}s rather than a {@code FactSet}, which Teams reads as
	 * Markdown: an answer is shown exactly as it was typed.
	 */
	private static List<ObjectNode> values(Inline inline) {
		List<ObjectNode> elements = new ArrayList<>();
		for (FormField field : inline.form().fields()) {
			String shown = FormInputs.shown(field, inline.people());
			if (shown.isEmpty() && field.optional()) {
				continue;
			}
			elements.add(AdaptiveCards.label(field.label()));
			elements.add(AdaptiveCards.plain(shown.isEmpty() ? "\u2014" : shown));
		}
		return elements;
	}

	private static ObjectNode press(Button button, ChatMessage.View view) {
		ObjectNode data = Serialization.createObjectNode();
		data.put(AdaptiveCards.KIND, AdaptiveCards.BUTTON);
		data.put("actionId", button.actionId());
		data.put("value", button.value());
		data.put("nonce", UUID.randomUUID().toString());
		withView(data, view);
		ObjectNode action = execute(PRESS, button.label(), data, AdaptiveCards.style(button.style()));
		action.put("associatedInputs", "none");
		return withFallback(action);
	}

	private static ObjectNode submit(ChatForm form, ChatMessage.View view) {
		ObjectNode data = Serialization.createObjectNode();
		data.put(AdaptiveCards.KIND, AdaptiveCards.FORM);
		data.put("nonce", UUID.randomUUID().toString());
		data.set("form", Serialization.objectToTree(form));
		withView(data, view);
		return withFallback(execute(SUBMIT, form.submitLabel(), data, "positive"));
	}

	/**
	 * The action with an {@code Action.Submit} of the same data as its fallback, for a Teams client without Universal
	 * Actions: its submission arrives as a message and is handled the same way.
	 */
	private static ObjectNode withFallback(ObjectNode execute) {
		ObjectNode submit = execute.deepCopy();
		submit.put("type", "Action.Submit");
		submit.remove("verb");
		execute.set("fallback", submit);
		return execute;
	}

	private static void withView(ObjectNode data, ChatMessage.View view) {
		if (view != null) {
			data.putObject(VIEW).put("actionId", view.actionId()).put("value", view.value());
		}
	}

	private static ObjectNode execute(String verb, String title, ObjectNode data, String style) {
		ObjectNode action = Serialization.createObjectNode();
		action.put("type", "Action.Execute");
		action.put("verb", verb);
		action.put("title", title);
		if (style != null) {
			action.put("style", style);
		}
		action.set("data", data);
		return action;
	}

}
