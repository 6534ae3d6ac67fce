package dev.steward.team;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A person in a team.
 *
 * @param id the row id
 * @param teamId the team
 * @param userId the platform user id
 * @param displayName the name to show
 * @param role what they may do
 * @param participates whether they are prompted for stand-ups
 * @param zone their own time zone, or null when unknown
 * @param awayFrom the first day of their leave, or null
 * @param awayUntil the last day of their leave, or null
 * @param reachable false once the platform said messages cannot reach them (they blocked the bot)
 */
public record Member(long id, long teamId, String userId, String displayName, Role role, boolean participates,
		ZoneId zone, LocalDate awayFrom, LocalDate awayUntil, boolean reachable) {

	public Member(long id, long teamId, String userId, String displayName, Role role, boolean participates,
			ZoneId zone, LocalDate awayFrom, LocalDate awayUntil) {
		this(id, teamId, userId, displayName, role, participates, zone, awayFrom, awayUntil, true);
	}

	public boolean isPm() {
		return role == Role.PM;
	}

	/** Whether the member is on leave on the date. */
	public boolean isAwayOn(LocalDate date) {
		return awayFrom != null && awayUntil != null && !date.isBefore(awayFrom) && !date.isAfter(awayUntil);
	}

}
