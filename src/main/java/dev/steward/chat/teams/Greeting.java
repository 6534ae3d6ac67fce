package dev.steward.chat.teams;

import com.microsoft.bot.schema.Activity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Conversation;
import dev.steward.chat.MarkedText;
import dev.steward.chat.Platform;
import dev.steward.command.ReaderWords;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.i18n.Words;

/**
 * Welcomes a person who installs Steward for themselves, in their language (English until they have one), through the
 * delivery queue under a key per tenant and person, so a reinstall or a retried activity does not greet them twice.
 */
final class Greeting {

	private static final Logger log = LoggerFactory.getLogger(Greeting.class);

	private final DeliveryQueue queue;

	private final ReaderWords readers;

	Greeting(DeliveryQueue queue, ReaderWords readers) {
		this.queue = queue;
		this.readers = readers;
	}

	static ChatMessage welcome(Words words) {
		return ChatMessage.of(MarkedText.of(words.get("platform.teams.welcome")));
	}

	/** Queues the welcome for the sender of a personal install, unless they were welcomed before. */
	void greet(Activity activity) {
		String tenant = Activities.tenant(activity);
		String user = activity.getFrom().getId();
		if (tenant == null) {
			log.debug("Did not greet Teams user {}: the install names no tenant", user);
			return;
		}
		boolean queued = queue.post("greet:teams:" + tenant + ":" + user,
				Conversation.direct(Platform.TEAMS, tenant, user), welcome(readers.of(Activities.actor(activity), null)));
		if (queued) {
			log.info("Queued a welcome for Teams user {} in tenant {}", user, tenant);
		}
		else {
			log.debug("Teams user {} in tenant {} was welcomed before", user, tenant);
		}
	}

}
