package dev.steward.chat.teams;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
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
import dev.steward.command.Reply;

/**
 * An {@code Action.Submit} pressed on one of Steward's cards: a button becomes an action request, a form card a
 * form submission. A form comes back with its errors in place, or turns into a thank-you; a button's form opens in
 * place of its card in a personal chat. Each rendered card's nonce is handled once.
 */
final class CardSubmissions {

	private static final Logger log = LoggerFactory.getLogger(CardSubmissions.class);

	private final Interactions interactions;

	private final CardFactory cards;

	private final CardNonces nonces;

	CardSubmissions(Interactions interactions, CardFactory cards, CardNonces nonces) {
		this.interactions = interactions;
		this.cards = cards;
		this.nonces = nonces;
	}

	CompletableFuture<Void> handle(TurnContext turn, JsonNode value) {
		Activity activity = turn.getActivity();
		String kind = value.path(AdaptiveCards.KIND).asText();
		String nonce = value.path("nonce").asText("");
		Actor actor = Activities.actor(activity);
		if (nonce.isEmpty() || !nonces.firstTime(nonce + ":" + actor.userId(), value.path("actionId").asText(kind))) {
			log.info("Ignored a repeated card submission {} from {}", activity.getId(), activity.getFrom().getId());
			return CompletableFuture.completedFuture(null);
		}
		if (AdaptiveCards.FORM.equals(kind)) {
			return submit(turn, actor, value);
		}
		Reply reply = interactions.action(new ActionRequest(actor, Activities.channelId(activity),
				value.path("actionId").asText(), value.path("value").asText()));
		return answer(turn, actor.workspaceId(), reply);
	}

	private CompletableFuture<Void> submit(TurnContext turn, Actor actor, JsonNode value) {
		ChatForm form = value.hasNonNull("form") ? Serialization.treeToValue(value.get("form"), ChatForm.class) : null;
		if (form == null || form.fields().isEmpty()) {
			return send(turn, cards.message(actor.workspaceId(), ChatMessage.text("This form is out of date.")));
		}
		Map<String, List<String>> values = values(form, value);
		FormResult result = interactions.submit(new FormSubmission(actor, form.formId(), form.context(), values),
				form.fields().get(0).id());
		if (result.isAccepted()) {
			return replace(turn, cards.message(actor.workspaceId(), ChatMessage.text("\u2705 " + form.title()
					+ ": saved. Thank you!")));
		}
		return replace(turn, cards.form(actor.workspaceId(), refilled(form, values), result.errors()));
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

	private CompletableFuture<Void> answer(TurnContext turn, String tenant, Reply reply) {
		CompletableFuture<Void> done = CompletableFuture.completedFuture(null);
		if (reply.form() != null) {
			Activity form = cards.form(tenant, reply.form(), Map.of());
			done = Activities.isPersonal(turn.getActivity()) ? replace(turn, form) : send(turn, form);
		}
		if (reply.replacement() != null) {
			Activity replacement = cards.message(tenant, reply.replacement());
			done = done.thenCompose((ignored) -> replace(turn, replacement));
		}
		if (reply.message() != null) {
			Activity message = cards.message(tenant, reply.message());
			done = done.thenCompose((ignored) -> send(turn, message));
		}
		return done;
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
