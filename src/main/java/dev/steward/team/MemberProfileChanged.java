package dev.steward.team;

/**
 * Published when a member's stored name or zone changed, so their prompts can be timed again.
 *
 * @param teamId the team
 * @param userId the member's platform user id
 */
public record MemberProfileChanged(long teamId, String userId) {

}
