package dev.steward.team;

import java.net.URI;
import java.time.Instant;

import dev.steward.i18n.Words;

/**
 * A calendar feed (ICS) someone gave Steward: a person's, whose out-of-office events become their leave, or a team's,
 * whose become its holidays. Its URL is the calendar's secret address, so it is shown only by its host and never
 * appears in {@link #toString()}.
 *
 * @param id the row id
 * @param teamId the team
 * @param memberId the person whose leave it gives, or null for the team's own feed
 * @param url the secret address
 * @param setBy who gave it (the person, or the PM for a team's feed)
 * @param readAt when it was last read well, or null before that
 * @param failingSince when the current run of failures began, or null while it reads well
 * @param failure what went wrong last, or null
 */
public record CalendarFeed(long id, long teamId, Long memberId, String url, String setBy, Instant readAt,
		Instant failingSince, String failure) {

	/** Whether it gives a team's holidays rather than a person's leave. */
	public boolean isTeams() {
		return memberId == null;
	}

	/** The address as it may be shown: its host and an ellipsis. */
	public String where() {
		return shown(url);
	}

	/** The address as it may be shown, in the reader's words where it has no host. */
	public String where(Words words) {
		return shown(url, words);
	}

	/** A secret address as it may be shown: its host and an ellipsis. */
	public static String shown(String url) {
		return shown(url, Words.ENGLISH);
	}

	/** A secret address as it may be shown: its host and an ellipsis, or {@code that address…} in the reader's words. */
	public static String shown(String url, Words words) {
		try {
			String host = URI.create(url.strip()).getHost();
			return (host != null) ? host + "\u2026" : words.get("team.feed.that-address");
		}
		catch (IllegalArgumentException ex) {
			return words.get("team.feed.that-address");
		}
	}

	@Override
	public String toString() {
		return "CalendarFeed[id=" + id + ", teamId=" + teamId + ", memberId=" + memberId + ", url=" + where()
				+ ", readAt=" + readAt + ", failingSince=" + failingSince + "]";
	}

}
