package dev.steward.team;

import java.time.ZoneId;

/**
 * A member's name and zone as stored.
 *
 * @param memberId the member row
 * @param teamId the team
 * @param userId the platform user id
 * @param displayName the stored name
 * @param zone the stored zone, or null when unknown
 */
record StoredProfile(long memberId, long teamId, String userId, String displayName, ZoneId zone) {

}
