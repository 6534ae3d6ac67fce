package dev.steward.support.fault;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * An activity the Bot Connector stand-in accepted, as it now reads after any update.
 *
 * @param conversationId the conversation it was sent to, as in the path (a channel thread ends in
 * {@code ;messageid=...})
 * @param id the activity id the stand-in gave it
 * @param replyToId the activity it replies to, or null for a new message
 * @param text the activity's {@code text}, or null
 * @param json the whole activity as sent
 * @param sentAt when it was accepted, on the stand-in's clock
 * @param edits how many times an update replaced it
 */
public record TeamsActivity(String conversationId, String id, String replyToId, String text, String json,
		Instant sentAt, int edits) {

	/** What a reader sees: the text, or the attachments (cards) for an activity without text. */
	public String content() {
		if (text != null && !text.isBlank()) {
			return text;
		}
		JsonNode parsed = Json.readOrNull(json);
		return (parsed != null) ? Json.write(parsed.path("attachments")) : "";
	}

	TeamsActivity edited(String newText, String newJson) {
		return new TeamsActivity(conversationId, id, replyToId, newText, newJson, sentAt, edits + 1);
	}

}
