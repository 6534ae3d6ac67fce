package dev.steward.chat;

import java.util.Map;

/**
 * Published after a directory read listed people differently from the read before (every listed person after the
 * first read), so stored names and zones can follow.
 *
 * @param workspace the workspace read
 * @param changed the people whose profile is new or changed, by user id
 */
public record DirectoryChanged(Workspace workspace, Map<String, UserProfile> changed) {

}
