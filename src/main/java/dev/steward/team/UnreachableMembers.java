package dev.steward.team;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.Conversation;
import dev.steward.delivery.RecipientUnreachable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records on the member rows that a person cannot be reached in a direct message, so nobody keeps prompting them. */
@Component
class UnreachableMembers {

	private static final Logger log = LoggerFactory.getLogger(UnreachableMembers.class);

	private final TeamRepository teams;

	UnreachableMembers(TeamRepository teams) {
		this.teams = teams;
	}

	@EventListener
	void unreachable(RecipientUnreachable event) {
		Conversation to = event.conversation();
		if (to.kind() != Conversation.Kind.DIRECT) {
			return;
		}
		int rows = teams.markUnreachable(to.platform(), to.workspaceId(), to.id(), event.at());
		if (rows > 0) {
			log.info("Marked {} user {} unreachable in {} team(s): {}", to.platform(), to.id(), rows, event.reason());
		}
	}

}
