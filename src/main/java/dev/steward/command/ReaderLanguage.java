package dev.steward.command;

import dev.steward.i18n.Words;

/** Which language to answer a person in: implemented by the feature that knows people and teams. */
public interface ReaderLanguage {

	/**
	 * The words of the person's own language, else of the team of the conversation (or of a team they are in), else
	 * English.
	 * @param channelId the conversation the request came from, or null when the platform did not say
	 */
	Words of(Actor actor, String channelId);

}
