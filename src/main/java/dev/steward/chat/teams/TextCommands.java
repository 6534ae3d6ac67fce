package dev.steward.chat.teams;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;

import dev.steward.chat.ChatMessage;
import dev.steward.command.Actor;
import dev.steward.command.CommandRequest;
import dev.steward.command.DirectMessage;
import dev.steward.command.Interactions;
import dev.steward.command.ReaderWords;
import dev.steward.command.Suggestions;
import dev.steward.command.Reply;
import dev.steward.i18n.Words;

/**
 * Text written to the bot: {@code standup ...} and {@code impediment ...}, with or without the slash, in a personal
 * chat or with an @mention in a channel, go through the command grammar; other personal messages are direct
 * messages (stand-up answers); a mistyped command word gets "did you mean", anything else the help card. Replies go
 * into the same conversation, their cards drawn in the writer's language.
 */
final class TextCommands {

	private final Interactions interactions;

	private final CardFactory cards;

	private final ReaderWords readers;

	TextCommands(Interactions interactions, CardFactory cards, ReaderWords readers) {
		this.interactions = interactions;
		this.cards = cards;
		this.readers = readers;
	}

	CompletableFuture<Void> handle(TurnContext turn) {
		Activity activity = turn.getActivity();
		Words words = readers.of(Activities.actor(activity), Activities.channelId(activity));
		return Words.reading(words, () -> handled(turn));
	}

	private CompletableFuture<Void> handled(TurnContext turn) {
		Activity activity = turn.getActivity();
		String text = Activities.commandText(activity);
		boolean slash = text.startsWith("/");
		String body = slash ? text.substring(1).strip() : text;
		int space = body.indexOf(' ');
		String word = (space < 0 ? body : body.substring(0, space)).toLowerCase(Locale.ROOT);
		String rest = space < 0 ? "" : body.substring(space + 1);
		Actor actor = Activities.actor(activity);
		boolean direct = Activities.isPersonal(activity);
		boolean typo = (slash || !direct) && Suggestions.closest(word, interactions.commandNames()).isPresent();
		if (interactions.commandNames().contains(word) || typo) {
			Reply reply = interactions.command(new CommandRequest(actor, direct ? activity.getConversation().getId()
					: Activities.channelId(activity), Activities.channelName(activity), direct, word, rest));
			return answer(turn, actor.workspaceId(), reply);
		}
		if (direct && !slash && !body.isEmpty() && !"help".equals(word)) {
			Reply reply = interactions.directMessage(new DirectMessage(actor, text,
					"teams:" + activity.getConversation().getId() + ":" + activity.getId()));
			return answer(turn, actor.workspaceId(), reply);
		}
		return send(turn, actor.workspaceId(), interactions.help(actor, direct ? activity.getConversation().getId()
				: Activities.channelId(activity)));
	}

	private CompletableFuture<Void> answer(TurnContext turn, String tenant, Reply reply) {
		if (reply.form() != null) {
			return turn.sendActivity(cards.form(tenant, reply.form(), Map.of())).thenApply((sent) -> null);
		}
		ChatMessage message = reply.message() != null ? reply.message() : reply.replacement();
		return message == null ? CompletableFuture.completedFuture(null) : send(turn, tenant, message);
	}

	private CompletableFuture<Void> send(TurnContext turn, String tenant, ChatMessage message) {
		return turn.sendActivity(cards.message(tenant, message)).thenApply((sent) -> null);
	}

}
