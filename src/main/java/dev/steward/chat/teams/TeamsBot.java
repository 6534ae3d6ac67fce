package dev.steward.chat.teams;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Serialization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatMessage;
import dev.steward.command.Interactions;
import dev.steward.storage.DatabaseOutage;

/**
 * Steward's bot for one accepted turn, deciding for every activity type what to do instead of leaving it to the
 * SDK's handler (which answers unknown invokes with 501): invokes get their invoke response; every other activity
 * records its conversation, then card submissions and text are routed, a bot added to a team reads the roster, a
 * personal install is greeted once, and every other type is ignored. A message or card action that met an
 * unreachable database is answered "try again"; any other activity's turn fails for the endpoint to answer 503.
 */
final class TeamsBot implements Bot {

	private static final Logger log = LoggerFactory.getLogger(TeamsBot.class);

	private final ActivityRecorder recorder;

	private final TextCommands commands;

	private final CardSubmissions cards;

	private final Roster roster;

	private final Invokes invokes;

	private final Greeting greeting;

	private final CardFactory cardFactory;

	private final DatabaseOutage outage;

	TeamsBot(ActivityRecorder recorder, TextCommands commands, CardSubmissions cards, Roster roster,
			Greeting greeting, CardFactory cardFactory, DatabaseOutage outage) {
		this.recorder = recorder;
		this.commands = commands;
		this.cards = cards;
		this.roster = roster;
		this.invokes = new Invokes(recorder, cards);
		this.greeting = greeting;
		this.cardFactory = cardFactory;
		this.outage = outage;
	}

	@Override
	public CompletableFuture<Void> onTurn(TurnContext turn) {
		CompletableFuture<Void> handled;
		try {
			handled = handle(turn);
		}
		catch (RuntimeException ex) {
			handled = CompletableFuture.failedFuture(ex);
		}
		return handled.exceptionallyCompose((failure) -> unavailable(turn, failure));
	}

	private CompletableFuture<Void> handle(TurnContext turn) {
		Activity activity = turn.getActivity();
		if (activity.isType(ActivityTypes.INVOKE)) {
			return invokes.answer(turn).thenCompose((response) -> respond(turn, response));
		}
		recorder.record(activity);
		return switch (activity.getType()) {
			case ActivityTypes.MESSAGE -> message(turn);
			case ActivityTypes.CONVERSATION_UPDATE -> conversationUpdate(turn);
			case ActivityTypes.INSTALLATION_UPDATE -> installationUpdate(activity);
			default -> ignored(activity);
		};
	}

	private CompletableFuture<Void> message(TurnContext turn) {
		JsonNode value = turn.getActivity().getValue() == null ? null
				: Serialization.objectToTree(turn.getActivity().getValue());
		if (AdaptiveCards.isStewards(value)) {
			return cards.handle(turn, value, cards.words(turn.getActivity())).thenApply((shown) -> null);
		}
		return commands.handle(turn);
	}

	/** Tells the person of a message or card action to try again when the database was unreachable. */
	private CompletableFuture<Void> unavailable(TurnContext turn, Throwable failure) {
		Throwable cause = (failure instanceof CompletionException && failure.getCause() != null) ? failure.getCause()
				: failure;
		Activity activity = turn.getActivity();
		boolean cardAction = activity.isType(ActivityTypes.INVOKE) && Invokes.CARD_ACTION.equals(activity.getName());
		if (!DatabaseOutage.isOutage(cause) || !(cardAction || activity.isType(ActivityTypes.MESSAGE))) {
			return CompletableFuture.failedFuture(cause);
		}
		outage.unreachable("a Teams " + activity.getType() + " activity " + activity.getId(), cause);
		if (cardAction) {
			return respond(turn, Invokes.message(Interactions.UNAVAILABLE));
		}
		return turn.sendActivity(cardFactory.message(Activities.tenant(activity),
				ChatMessage.text(Interactions.UNAVAILABLE)))
			.thenApply((sent) -> null);
	}

	/** Reads the roster when the bot itself joins a team or group chat. */
	private CompletableFuture<Void> conversationUpdate(TurnContext turn) {
		Activity activity = turn.getActivity();
		boolean botAdded = activity.getMembersAdded() != null && activity.getMembersAdded()
			.stream()
			.anyMatch((member) -> activity.getRecipient().getId().equals(member.getId()));
		if (botAdded && !Activities.isPersonal(activity)) {
			roster.load(turn);
			return done();
		}
		return ignored(activity);
	}

	/** Greets a person who installs Steward for themselves; a team install's roster comes with its update. */
	private CompletableFuture<Void> installationUpdate(Activity activity) {
		if ("add".equalsIgnoreCase(activity.getAction()) && Activities.isPersonal(activity)
				&& Activities.fromPerson(activity)) {
			greeting.greet(activity);
			return done();
		}
		return ignored(activity);
	}

	private static CompletableFuture<Void> ignored(Activity activity) {
		log.debug("Ignored a Teams {} activity {} from {}", activity.getType(), activity.getId(),
				activity.getFrom().getId());
		return done();
	}

	/** Hands the invoke response to the adapter, which returns it as the HTTP response. */
	private static CompletableFuture<Void> respond(TurnContext turn, InvokeResponse response) {
		Activity reply = new Activity(ActivityTypes.INVOKE_RESPONSE);
		reply.setValue(response);
		return turn.sendActivity(reply).thenApply((sent) -> null);
	}

	private static CompletableFuture<Void> done() {
		return CompletableFuture.completedFuture(null);
	}

}
