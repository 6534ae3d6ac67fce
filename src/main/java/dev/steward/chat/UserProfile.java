package dev.steward.chat;

import java.time.ZoneId;

/**
 * What the platform knows about a user.
 *
 * @param userId the platform user id
 * @param displayName the name to show
 * @param zone the user's time zone, or null when the platform does not say
 */
public record UserProfile(String userId, String displayName, ZoneId zone) {

}
