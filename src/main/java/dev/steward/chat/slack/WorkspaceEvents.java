package dev.steward.chat.slack;

import java.time.Clock;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Conversation;
import dev.steward.chat.MarkedText;
import dev.steward.chat.Platform;
import dev.steward.chat.Workspaces;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.i18n.Words;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

/**
 * Handles what Slack says about Steward's own place in a workspace: uninstalled or its bot token revoked (nothing
 * more is sent there), and added to a channel (it introduces itself there, once).
 */
final class WorkspaceEvents {

	private static final Logger log = LoggerFactory.getLogger(WorkspaceEvents.class);

	private final Workspaces workspaces;

	private final DeliveryQueue queue;

	private final Clock clock;

	private final SlackTokens tokens;

	private final TeamRepository teams;

	WorkspaceEvents(Workspaces workspaces, DeliveryQueue queue, Clock clock, SlackTokens tokens, TeamRepository teams) {
		this.workspaces = workspaces;
		this.queue = queue;
		this.clock = clock;
		this.tokens = tokens;
		this.teams = teams;
	}

	/** Steward's introduction of itself to a channel, in the words of the channel's team. */
	static ChatMessage introduction(Words words) {
		return ChatMessage.of(MarkedText.of(words.get("platform.slack.introduction")));
	}

	void register(App app) {
		app.event(AppUninstalledEvent.class, (payload, context) -> {
			disable(payload.getTeamId(), AppUninstalledEvent.TYPE_NAME, "uninstalled Steward");
			tokens.forget(context.getEnterpriseId(), payload.getTeamId(), context.isEnterpriseInstall());
			return context.ack();
		});
		app.event(TokensRevokedEvent.class, (payload, context) -> {
			TokensRevokedEvent.Tokens revoked = payload.getEvent().getTokens();
			if (revoked != null && revoked.getBot() != null && !revoked.getBot().isEmpty()) {
				disable(payload.getTeamId(), TokensRevokedEvent.TYPE_NAME, "revoked Steward's bot token");
				tokens.forget(context.getEnterpriseId(), payload.getTeamId(), context.isEnterpriseInstall());
			}
			else {
				log.debug("Slack workspace {} revoked user tokens only", payload.getTeamId());
			}
			return context.ack();
		});
		app.event(MemberJoinedChannelEvent.class, (payload, context) -> {
			MemberJoinedChannelEvent event = payload.getEvent();
			if (event.getUser() != null && event.getUser().equals(context.getBotUserId())) {
				introduce(payload.getTeamId(), event.getChannel());
			}
			return context.ack();
		});
	}

	private void disable(String workspaceId, String reason, String what) {
		workspaces.disable(Platform.SLACK, workspaceId, reason, clock.instant());
		log.info("Slack workspace {} {}; nothing more is sent there until someone in it uses Steward", workspaceId,
				what);
	}

	/**
	 * Queues the introduction under a key of its own, so being added to the channel again says nothing new; in the
	 * language of the channel's team, or English when the channel has none yet.
	 */
	private void introduce(String workspaceId, String channelId) {
		String key = "intro:slack:" + workspaceId + ":" + channelId;
		Words words = teams.findByChannel(Platform.SLACK, workspaceId, channelId)
			.map(Team::words)
			.orElse(Words.ENGLISH);
		if (queue.post(key, Conversation.channel(Platform.SLACK, workspaceId, channelId), introduction(words))) {
			log.info("Steward was added to channel {} of Slack workspace {}; introduction queued", channelId,
					workspaceId);
		}
	}

}
