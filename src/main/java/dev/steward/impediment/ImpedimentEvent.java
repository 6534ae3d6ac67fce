package dev.steward.impediment;

import java.time.Instant;

/**
 * One line of an impediment's history: who did what, when.
 *
 * @param at when
 * @param actorId the platform user id of who did it
 * @param kind what happened, such as {@code OPENED}
 * @param detail a sentence for people, in English, as the API, exports and webhooks read it
 * @param args the sentence's phrase and parameters as stored (see {@link History}), or null for a line written
 * before they were kept, which chat shows as its English detail
 */
public record ImpedimentEvent(Instant at, String actorId, String kind, String detail, String args) {

	/** A line without a phrase of its own: chat shows its detail as it is. */
	public ImpedimentEvent(Instant at, String actorId, String kind, String detail) {
		this(at, actorId, kind, detail, null);
	}

	/** The line in the reader's words when its phrase is stored, else its English detail. */
	public String text(dev.steward.i18n.Words words) {
		return History.text(this, words);
	}

}
