package dev.steward.sprint;

/**
 * Published when an impediment is linked to a value goal or unlinked, so the ladder can reschedule it.
 *
 * @param impedimentId the impediment
 */
public record GoalLinkChanged(long impedimentId) {

}
