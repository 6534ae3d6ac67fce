package dev.steward.team;

/**
 * Published when a team's working calendar changes (days, hours, holidays, country), so features that schedule by it
 * can look again.
 *
 * @param teamId the team
 */
public record CalendarChanged(long teamId) {

}
