package dev.steward.standup;

import java.time.LocalDate;

/**
 * Published inside the transaction that queues a stand-up's summary, so other features (webhooks) act on it once.
 *
 * @param teamId the team
 * @param standupId which of the team's stand-ups
 * @param standup its name
 * @param date the stand-up's day
 * @param asked how many members were asked
 * @param answered how many answered
 * @param late whether the summary went out late, after an outage
 */
public record StandupReported(long teamId, long standupId, String standup, LocalDate date, int asked, int answered, boolean late) {

}
