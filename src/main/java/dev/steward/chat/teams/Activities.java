package dev.steward.chat.teams;

import java.time.ZoneId;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.teams.TeamsChannelData;

import dev.steward.chat.Platform;
import dev.steward.command.Actor;

/** Reads what Steward needs from a Teams activity: tenant, channel, sender, time zone, command text. */
final class Activities {

	private static final Pattern TAG = Pattern.compile("<(?!@)[^>]*>");

	private Activities() {
	}

	/**
	 * What the activity lacks of the fields the Bot Connector sets on every activity and Steward needs to answer
	 * ({@code from.id}, {@code conversation.id}, {@code recipient.id}, {@code serviceUrl}), or null when it has them.
	 */
	static String missing(Activity activity) {
		if (activity.getFrom() == null || isBlank(activity.getFrom().getId())) {
			return "from.id";
		}
		if (activity.getConversation() == null || isBlank(activity.getConversation().getId())) {
			return "conversation.id";
		}
		if (activity.getRecipient() == null || isBlank(activity.getRecipient().getId())) {
			return "recipient.id";
		}
		return isBlank(activity.getServiceUrl()) ? "serviceUrl" : null;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/** The tenant id, from the conversation or, on older activities, from the channel data. */
	static String tenant(Activity activity) {
		if (activity.getConversation() != null && activity.getConversation().getTenantId() != null) {
			return activity.getConversation().getTenantId();
		}
		TeamsChannelData data = activity.teamsGetChannelData();
		return (data == null || data.getTenant() == null) ? null : data.getTenant().getId();
	}

	static boolean isPersonal(Activity activity) {
		return activity.getConversation() != null
				&& "personal".equals(activity.getConversation().getConversationType());
	}

	/** The channel id of a channel conversation (the thread suffix dropped), or the group chat's id. */
	static String channelId(Activity activity) {
		TeamsChannelData data = activity.teamsGetChannelData();
		if (data != null && data.getChannel() != null && data.getChannel().getId() != null) {
			return data.getChannel().getId();
		}
		if (data != null && data.getTeam() != null && data.getTeam().getId() != null) {
			return data.getTeam().getId();
		}
		return activity.getConversation() == null ? null : activity.getConversation().getId();
	}

	/** The channel's name, or the team's for the General channel, which Teams sends without one. */
	static String channelName(Activity activity) {
		TeamsChannelData data = activity.teamsGetChannelData();
		if (data != null && data.getChannel() != null && data.getChannel().getName() != null) {
			return data.getChannel().getName();
		}
		if (data != null && data.getTeam() != null && data.getTeam().getName() != null) {
			return data.getTeam().getName();
		}
		return activity.getConversation() == null ? null : activity.getConversation().getName();
	}

	static Actor actor(Activity activity) {
		return new Actor(Platform.TEAMS, tenant(activity), activity.getFrom().getId(), activity.getFrom().getName());
	}

	/** Whether a person (not the bot itself) sent the activity. */
	static boolean fromPerson(Activity activity) {
		return activity.getFrom() != null && activity.getFrom().getId() != null
				&& (activity.getRecipient() == null || !activity.getFrom().getId().equals(activity.getRecipient().getId()));
	}

	/** The sender's time zone: the activity's {@code localTimezone}, else the {@code clientInfo} entity's. */
	static ZoneId zone(Activity activity) {
		ZoneId zone = TeamsPeople.zone(activity.getLocalTimezone());
		if (zone != null || activity.getEntities() == null) {
			return zone;
		}
		for (Entity entity : activity.getEntities()) {
			JsonNode timezone = entity.getProperties().get("timezone");
			if ("clientInfo".equalsIgnoreCase(entity.getType()) && timezone != null) {
				return TeamsPeople.zone(timezone.asText());
			}
		}
		return null;
	}

	/**
	 * The text with the bot's own mention removed, other mentions as {@code <@USERID>}, remaining markup dropped and
	 * entities decoded.
	 */
	static String commandText(Activity activity) {
		String text = activity.getText() == null ? "" : activity.getText();
		String bot = activity.getRecipient() == null ? null : activity.getRecipient().getId();
		for (Mention mention : activity.getMentions()) {
			if (mention.getText() == null || mention.getMentioned() == null || mention.getMentioned().getId() == null) {
				continue;
			}
			String id = mention.getMentioned().getId();
			text = text.replace(mention.getText(), id.equals(bot) ? " " : " <@" + id + "> ");
		}
		text = TAG.matcher(text).replaceAll(" ");
		return text.replace("&nbsp;", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&")
			.replaceAll("[ \\t\\u00a0]+", " ")
			.strip();
	}

}
