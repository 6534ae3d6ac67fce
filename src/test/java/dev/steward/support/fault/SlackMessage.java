package dev.steward.support.fault;

import java.time.Instant;

/**
 * A message the Slack stand-in accepted, as it now reads after any {@code chat.update}.
 *
 * @param workspace the workspace it was posted in
 * @param channel the channel it landed in: {@code D<user>} for a message posted to a user id
 * @param ts Slack's timestamp of it, unique and increasing, such as {@code 1700000000.000123}
 * @param text the {@code text} field
 * @param blocks the {@code blocks} field as sent (a JSON array), or null
 * @param metadata the {@code metadata} field as sent (a JSON object), or null
 * @param key the {@code event_payload.key} of the metadata, Steward's delivery key, or null
 * @param postedAt when it was accepted, on the stand-in's clock
 * @param edits how many times {@code chat.update} replaced it
 */
public record SlackMessage(String workspace, String channel, String ts, String text, String blocks, String metadata,
		String key, Instant postedAt, int edits) {

	SlackMessage edited(String newText, String newBlocks) {
		return new SlackMessage(workspace, channel, ts, (newText != null) ? newText : text,
				(newBlocks != null) ? newBlocks : blocks, metadata, key, postedAt, edits + 1);
	}

}
