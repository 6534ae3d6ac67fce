package dev.steward.chat.teams;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.Error;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.TaskModuleMessageResponse;
import com.microsoft.bot.schema.teams.TaskModuleResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.i18n.Words;

/**
 * Answers every {@code invoke} with the response the Bot Framework defines for it, where the SDK would answer 501:
 * an {@code Action.Execute} on one of Steward's cards (a press, an inline form's submit, a refresh) is answered with
 * the card to show in place, or a message where there is none; a malformed one is refused with the Adaptive Card
 * error response and leaves nothing behind; task modules get a message saying Steward has none (what people read is
 * in their language; the refusals, for the platform, in English); and sign-in, message
 * extension and unknown invokes an empty 200.
 */
final class Invokes {

	static final String CARD_ACTION = "adaptiveCard/action";

	private static final Logger log = LoggerFactory.getLogger(Invokes.class);

	private static final String MESSAGE_TYPE = "application/vnd.microsoft.activity.message";

	private static final String ERROR_TYPE = "application/vnd.microsoft.error";

	/** Each verb of Steward's Execute actions with the kind of data it carries. */
	private static final Map<String, String> VERBS = Map.of(UniversalActions.PRESS, AdaptiveCards.BUTTON,
			UniversalActions.SUBMIT, AdaptiveCards.FORM, UniversalActions.REFRESH, UniversalActions.REFRESH);

	private final ActivityRecorder recorder;

	private final CardSubmissions cards;

	Invokes(ActivityRecorder recorder, CardSubmissions cards) {
		this.recorder = recorder;
		this.cards = cards;
	}

	/** The invoke response; the activity's conversation is recorded unless the invoke is refused. */
	CompletableFuture<InvokeResponse> answer(TurnContext turn) {
		Activity activity = turn.getActivity();
		String name = activity.getName() == null ? "" : activity.getName();
		if (CARD_ACTION.equals(name)) {
			return cardAction(turn);
		}
		recorder.record(activity);
		if ("task/fetch".equals(name) || "task/submit".equals(name)) {
			TaskModuleMessageResponse message = new TaskModuleMessageResponse();
			message.setValue(cards.words(activity).get("platform.teams.no-task-modules"));
			TaskModuleResponse response = new TaskModuleResponse();
			response.setTask(message);
			return answered(200, response);
		}
		log.debug("Ignored a Teams {} invoke {} from {}", name, activity.getId(), activity.getFrom().getId());
		return answered(200, null);
	}

	private CompletableFuture<InvokeResponse> cardAction(TurnContext turn) {
		Activity activity = turn.getActivity();
		JsonNode value = activity.getValue() == null ? null : Serialization.objectToTree(activity.getValue());
		if (value == null || !value.isObject()) {
			return refused(activity, "BadRequest", "The invoke carries no Adaptive Card action.");
		}
		JsonNode action = value.path("action");
		if (!"Action.Execute".equals(action.path("type").asText())) {
			return refused(activity, "NotSupported",
					"The action '" + action.path("type").asText() + "' is not supported.");
		}
		String verb = action.path("verb").asText("");
		String kind = action.path("data").path(AdaptiveCards.KIND).asText("");
		if (!kind.equals(VERBS.get(verb))) {
			return refused(activity, "NotSupported", verb.isEmpty() ? "The action has no verb."
					: "The verb '" + verb + "' is not one of Steward's, or does not match the action's data.");
		}
		recorder.record(activity);
		Words words = cards.words(activity);
		return cards.handle(turn, action.path("data"), words)
			.thenApply((card) -> card == null ? message(words.get("platform.teams.done")) : card(card));
	}

	/** The invoke response that shows the card in place of the one acted on, to the person who acted. */
	static InvokeResponse card(ObjectNode card) {
		return new InvokeResponse(200, cardResponse(200, AdaptiveCards.CONTENT_TYPE, card));
	}

	/** The invoke response that shows the text to whoever pressed the card's button. */
	static InvokeResponse message(String text) {
		return new InvokeResponse(200, cardResponse(200, MESSAGE_TYPE, text));
	}

	private static CompletableFuture<InvokeResponse> refused(Activity activity, String code, String message) {
		log.warn("Refused a Teams card action {} from {}: {}", activity.getId(), activity.getFrom().getId(), message);
		Error error = new Error();
		error.setCode(code);
		error.setMessage(message);
		return answered(400, cardResponse(400, ERROR_TYPE, error));
	}

	private static AdaptiveCardInvokeResponse cardResponse(int status, String type, Object value) {
		AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
		response.setStatusCode(status);
		response.setType(type);
		response.setValue(value);
		return response;
	}

	private static CompletableFuture<InvokeResponse> answered(int status, Object body) {
		return CompletableFuture.completedFuture(new InvokeResponse(status, body));
	}

}
