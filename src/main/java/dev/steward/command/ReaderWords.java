package dev.steward.command;

import dev.steward.i18n.Words;
import dev.steward.storage.DatabaseOutage;

import org.springframework.stereotype.Component;

/**
 * The words to answer a person in outside a handler, for what an adapter writes itself (a greeting, a card's note):
 * their own language, else their team's, else English, and English while the database cannot be reached.
 */
@Component
public class ReaderWords {

	private final ReaderLanguage languages;

	private final DatabaseOutage outage;

	ReaderWords(ReaderLanguage languages, DatabaseOutage outage) {
		this.languages = languages;
		this.outage = outage;
	}

	/**
	 * The person's words.
	 * @param channelId the conversation they wrote in, or null when the platform did not say
	 */
	public Words of(Actor actor, String channelId) {
		if (outage.recentlyUnreachable()) {
			return Words.ENGLISH;
		}
		try {
			return languages.of(actor, channelId);
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isOutage(ex)) {
				throw ex;
			}
			return Words.ENGLISH;
		}
	}

}
