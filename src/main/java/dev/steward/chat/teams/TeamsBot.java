package dev.steward.chat.teams;

import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;

/**
 * Steward's bot for one authenticated turn: records the conversation, then routes card submissions, text and
 * installs. Activity types Steward does not use are ignored.
 */
final class TeamsBot extends ActivityHandler {

	private final ActivityRecorder recorder;

	private final TextCommands commands;

	private final CardSubmissions cards;

	private final Roster roster;

	TeamsBot(ActivityRecorder recorder, TextCommands commands, CardSubmissions cards, Roster roster) {
		this.recorder = recorder;
		this.commands = commands;
		this.cards = cards;
		this.roster = roster;
	}

	@Override
	public CompletableFuture<Void> onTurn(TurnContext turn) {
		recorder.record(turn.getActivity());
		return super.onTurn(turn);
	}

	@Override
	protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
		JsonNode value = turn.getActivity().getValue() == null ? null
				: Serialization.objectToTree(turn.getActivity().getValue());
		if (value != null && value.isObject() && value.has(AdaptiveCards.KIND)) {
			return cards.handle(turn, value);
		}
		return commands.handle(turn);
	}

	/** Reads the roster when the bot itself joins a team or group chat. */
	@Override
	protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext turn) {
		Activity activity = turn.getActivity();
		boolean botAdded = activity.getMembersAdded() != null && activity.getRecipient() != null
				&& activity.getMembersAdded()
					.stream()
					.anyMatch((member) -> activity.getRecipient().getId().equals(member.getId()));
		if (botAdded && !Activities.isPersonal(activity)) {
			roster.load(turn);
		}
		return CompletableFuture.completedFuture(null);
	}

	/** The install itself is recorded by {@link #onTurn}; the roster follows with the conversation update. */
	@Override
	protected CompletableFuture<Void> onInstallationUpdate(TurnContext turn) {
		return CompletableFuture.completedFuture(null);
	}

}
