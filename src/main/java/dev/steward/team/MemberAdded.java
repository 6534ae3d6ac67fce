package dev.steward.team;

/**
 * Published when a person becomes a member of a team, so their name and zone can be learned from the platform.
 *
 * @param teamId the team
 * @param userId the member's platform user id
 */
public record MemberAdded(long teamId, String userId) {

}
