package dev.steward.chat;

/**
 * A platform adapter learned a person's name or zone from their own activity (on Teams, the zone of the client they
 * wrote from), newer than the workspace's last directory read.
 *
 * @param platform the platform
 * @param workspaceId the workspace (Teams: tenant) the person belongs to
 * @param profile what is known of the person now
 */
public record ProfileLearned(Platform platform, String workspaceId, UserProfile profile) {

}
