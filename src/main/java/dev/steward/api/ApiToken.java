package dev.steward.api;

import java.time.Instant;
import java.util.List;

import dev.steward.dashboard.Viewer;

/**
 * A personal access token as stored: never the token itself.
 *
 * @param id its id
 * @param owner whose it is; it acts as them
 * @param name what its owner called it
 * @param shownPrefix the first characters of the token, so its owner can tell tokens apart
 * @param canWrite whether it may change things, or only read
 * @param teamIds the teams it may see
 * @param createdAt when it was made
 * @param expiresAt when it stops working, or null for never
 * @param revokedAt when its owner revoked it, or null
 * @param lastUsedAt when it was last used, or null
 */
public record ApiToken(long id, Viewer owner, String name, String shownPrefix, boolean canWrite, List<Long> teamIds,
		Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

	public ApiToken {
		teamIds = List.copyOf(teamIds);
	}

	/** Whether it still works at the instant: not revoked and not expired. */
	public boolean worksAt(Instant now) {
		return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
	}

}
