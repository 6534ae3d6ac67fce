package dev.steward.sprint;

/**
 * Published inside the transaction that records a lesson, so other features (webhooks) act on it once.
 *
 * @param teamId the team
 * @param authorId who recorded it
 * @param text the lesson
 * @param impedimentId the impediment it is about, or null
 */
public record LessonRecorded(long teamId, String authorId, String text, Long impedimentId) {

}
