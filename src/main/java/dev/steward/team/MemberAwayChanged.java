package dev.steward.team;

/**
 * Published when a member's leave changes, so features that count working time can recount.
 *
 * @param teamId the team
 * @param userId the member's platform user id
 */
public record MemberAwayChanged(long teamId, String userId) {

}
