package dev.steward.team;

import java.time.ZoneId;

import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;
import dev.steward.i18n.Words;

/**
 * A team: the people who stand up together, and their home channel where summaries go.
 *
 * @param id the row id
 * @param platform where the team lives
 * @param workspaceId its workspace
 * @param channelId its home (report) channel
 * @param name its display name
 * @param zone its time zone: stand-up times under the team-zone policy, reports, working hours
 * @param language the language Steward speaks in the team and its answers are written in (an ISO 639 code such as
 *     {@code en})
 */
public record Team(long id, Platform platform, String workspaceId, String channelId, String name,
		ZoneId zone, String language) {

	/** A team that writes in English. */
	public Team(long id, Platform platform, String workspaceId, String channelId, String name, ZoneId zone) {
		this(id, platform, workspaceId, channelId, name, zone, "en");
	}

	/** The words Steward writes to the team in. */
	public Words words() {
		return Words.in(language);
	}

	public Conversation channel() {
		return Conversation.channel(platform, workspaceId, channelId);
	}

	public Conversation direct(String userId) {
		return Conversation.direct(platform, workspaceId, userId);
	}

}
