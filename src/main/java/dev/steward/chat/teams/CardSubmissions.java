package dev.steward.chat.teams;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Serialization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatForm;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.FormField;
import dev.steward.command.ActionRequest;
import dev.steward.command.Actor;
import dev.steward.command.FormResult;
import dev.steward.command.FormSubmission;
import dev.steward.command.Interactions;
import dev.steward.command.ReaderWords;
import dev.steward.command.Reply;
import dev.steward.i18n.Words;

/**
 * A button pressed or a form submitted on one of Steward's cards: a button becomes an action request, a form a form
 * submission, a refresh asks for the reader's own view. Over {@code Action.Execute} (an invoke) the answer is the
 * card to show in place, for the person who acted; over {@code Action.Submit} (a message) the card is updated or a
 * new one sent. A form comes back with its errors in place, or turns into the reader's view or a thank-you. Each
 * rendered card's nonce is handled once. Cards are drawn in the language of the person who acted.
 */
final class CardSubmissions {

	private static final Logger log = LoggerFactory.getLogger(CardSubmissions.class);

	private final Interactions interactions;

	private final CardFactory cards;

	private final CardNonces nonces;

	private final ReaderWords readers;

	CardSubmissions(Interactions interactions, CardFactory cards, CardNonces nonces, ReaderWords readers) {
		this.interactions = interactions;
		this.cards = cards;
		this.nonces = nonces;
		this.readers = readers;
	}

	/** The words of the person who acted on the card. */
	Words words(Activity activity) {
		return readers.of(Activities.actor(activity), Activities.channelId(activity));
	}

	/**
	 * Handles the data in the words of the person who acted; completes with the card to answer an invoke with, or
	 * null where there is none.
	 */
	CompletableFuture<ObjectNode> handle(TurnContext turn, JsonNode value, Words words) {
		return Words.reading(words, () -> handled(turn, value, words));
	}

	private CompletableFuture<ObjectNode> handled(TurnContext turn, JsonNode value, Words words) {
		Activity activity = turn.getActivity();
		String kind = value.path(AdaptiveCards.KIND).asText();
		Actor actor = Activities.actor(activity);
		if (UniversalActions.REFRESH.equals(kind)) {
			return CompletableFuture.completedFuture(refreshed(actor, value, words));
		}
		String nonce = value.path("nonce").asText("");
		if (nonce.isEmpty() || !nonces.firstTime(nonce + ":" + actor.userId(), value.path("actionId").asText(kind))) {
			log.info("Ignored a repeated card submission {} from {}", activity.getId(), activity.getFrom().getId());
			return CompletableFuture.completedFuture(view(actor, value.path(UniversalActions.VIEW), null).orElse(null));
		}
		if (AdaptiveCards.FORM.equals(kind)) {
			return submit(turn, actor, value, words);
		}
		Reply reply = interactions.action(new ActionRequest(actor, Activities.channelId(activity),
				value.path("actionId").asText(), value.path("value").asText()));
		return answer(turn, actor, value.path(UniversalActions.VIEW), reply);
	}

	/** The reader's own view for a refresh, or a card saying why there is none. */
	private ObjectNode refreshed(Actor actor, JsonNode value, Words words) {
		return view(actor, value, null).orElseGet(() -> cards.card(actor.workspaceId(),
				ChatMessage.text(words.get("platform.teams.card-out-of-date")), null, null));
	}

	/** The actor's own version of the message the view names, drawn for them; empty when the data names none. */
	private Optional<ObjectNode> view(Actor actor, JsonNode view, UniversalActions.Inline override) {
		String actionId = view.path("actionId").asText("");
		if (actionId.isEmpty()) {
			return Optional.empty();
		}
		return interactions.view(new ActionRequest(actor, actor.userId(), actionId, view.path("value").asText()))
			.map((message) -> cards.card(actor.workspaceId(), message, actor.userId(), override));
	}

	private CompletableFuture<ObjectNode> submit(TurnContext turn, Actor actor, JsonNode value, Words words) {
		String tenant = actor.workspaceId();
		ChatForm form = value.hasNonNull("form") ? Serialization.treeToValue(value.get("form"), ChatForm.class) : null;
		if (form == null || form.fields().isEmpty()) {
			return show(turn,
					cards.card(tenant, ChatMessage.text(words.get("platform.teams.form-out-of-date")), null, null));
		}
		Map<String, List<String>> values = values(form, value);
		FormResult result = interactions.submit(new FormSubmission(actor, form.formId(), form.context(), values),
				form.fields().get(0).id());
		JsonNode view = value.path(UniversalActions.VIEW);
		if (result.isAccepted()) {
			return show(turn, view(actor, view, null).orElseGet(() -> cards.card(tenant,
					ChatMessage.text(words.get("platform.teams.form-saved", form.title())), null, null)));
		}
		ChatForm again = refilled(form, values);
		return show(turn, view(actor, view, cards.inputs(tenant, again, result.errors()))
			.orElseGet(() -> cards.formCard(tenant, again, result.errors())));
	}

	private static Map<String, List<String>> values(ChatForm form, JsonNode value) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (FormField field : form.fields()) {
			String text = value.path(field.id()).asText("");
			values.put(field.id(), FormInputs.isMultiValued(field)
					? Arrays.stream(text.split(",")).map(String::strip).filter((item) -> !item.isEmpty()).toList()
					: List.of(text));
		}
		return values;
	}

	/** The form again, holding what the person typed, to show next to the errors. */
	private static ChatForm refilled(ChatForm form, Map<String, List<String>> values) {
		List<FormField> fields = new ArrayList<>();
		for (FormField field : form.fields()) {
			fields.add(new FormField(field.id(), field.label(), field.type(), field.optional(),
					values.getOrDefault(field.id(), List.of()), field.options(), field.hint()));
		}
		return new ChatForm(form.formId(), form.title(), form.submitLabel(), form.context(), fields);
	}

	/**
	 * Shows the reply: a form in place of the card (inline in the reader's view where the card has one; in a channel
	 * over {@code Action.Submit}, as a new card), a replacement in place, a message as a new card.
	 */
	private CompletableFuture<ObjectNode> answer(TurnContext turn, Actor actor, JsonNode view, Reply reply) {
		String tenant = actor.workspaceId();
		CompletableFuture<ObjectNode> shown = CompletableFuture.completedFuture(null);
		if (reply.form() != null) {
			ObjectNode form = view(actor, view, cards.inputs(tenant, reply.form(), Map.of()))
				.orElseGet(() -> cards.formCard(tenant, reply.form(), Map.of()));
			shown = (isInvoke(turn) || Activities.isPersonal(turn.getActivity())) ? show(turn, form)
					: send(turn, activity(form, reply.form().title())).thenApply((sent) -> null);
		}
		if (reply.replacement() != null) {
			ObjectNode replacement = cards.card(tenant, reply.replacement(), actor.userId(), null);
			shown = shown.thenCompose((ignored) -> show(turn, replacement));
		}
		if (reply.message() != null) {
			Activity message = cards.message(tenant, reply.message());
			shown = shown.thenCompose((card) -> send(turn, message).thenApply((sent) -> card));
		}
		return shown;
	}

	/** Answers an invoke with the card, or puts it in place of the card that was pressed. */
	private static CompletableFuture<ObjectNode> show(TurnContext turn, ObjectNode card) {
		if (isInvoke(turn)) {
			return CompletableFuture.completedFuture(card);
		}
		return replace(turn, activity(card, card.path("fallbackText").asText())).thenApply((replaced) -> null);
	}

	private static boolean isInvoke(TurnContext turn) {
		return turn.getActivity().isType(ActivityTypes.INVOKE);
	}

	private static Activity activity(ObjectNode card, String summary) {
		Activity activity = MessageFactory.attachment(AdaptiveCards.attachment(card));
		activity.setSummary(summary);
		return activity;
	}

	/** Puts the activity in place of the card that was pressed, or sends it when Teams did not say which. */
	private static CompletableFuture<Void> replace(TurnContext turn, Activity activity) {
		String cardId = turn.getActivity().getReplyToId();
		if (cardId == null) {
			return send(turn, activity);
		}
		activity.setId(cardId);
		return turn.updateActivity(activity).thenApply((updated) -> null);
	}

	private static CompletableFuture<Void> send(TurnContext turn, Activity activity) {
		return turn.sendActivity(activity).thenApply((sent) -> null);
	}

}
