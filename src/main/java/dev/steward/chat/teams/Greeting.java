package dev.steward.chat.teams;

import com.microsoft.bot.schema.Activity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;
import dev.steward.chat.Text;
import dev.steward.delivery.DeliveryQueue;

/**
 * Welcomes a person who installs Steward for themselves, through the delivery queue under a key per tenant and
 * person, so a reinstall or a retried activity does not greet them twice.
 */
final class Greeting {

	static final ChatMessage WELCOME = ChatMessage.of(Text.builder()
		.bold("Hello, I am Steward.")
		.plain("\nI run your team's stand-up: at your stand-up time I ask you a few questions here, and I keep track "
				+ "of what blocks you until it is resolved.\nType ")
		.bold("standup help")
		.plain(" or ")
		.bold("impediment help")
		.plain(" to see what you can do. A PM sets up a team's stand-up by typing ")
		.bold("@Steward standup setup")
		.plain(" in the team's channel.")
		.build());

	private static final Logger log = LoggerFactory.getLogger(Greeting.class);

	private final DeliveryQueue queue;

	Greeting(DeliveryQueue queue) {
		this.queue = queue;
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
				Conversation.direct(Platform.TEAMS, tenant, user), WELCOME);
		if (queued) {
			log.info("Queued a welcome for Teams user {} in tenant {}", user, tenant);
		}
		else {
			log.debug("Teams user {} in tenant {} was welcomed before", user, tenant);
		}
	}

}
