package dev.steward.team;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

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
 * @param leave their leave periods, earliest first
 * @param reachable false once the platform said messages cannot reach them (they blocked the bot)
 */
public record Member(long id, long teamId, String userId, String displayName, Role role, boolean participates,
		ZoneId zone, List<Leave> leave, boolean reachable) {

	public Member {
		leave = List.copyOf(leave);
	}

	public boolean isPm() {
		return role == Role.PM;
	}

	public boolean isStakeholder() {
		return role == Role.STAKEHOLDER;
	}

	/** Whether the member is on leave on the date. */
	public boolean isAwayOn(LocalDate date) {
		return leave.stream().anyMatch((period) -> period.covers(date));
	}

	/** The leave period covering the date, if any. */
	public Optional<Leave> leaveOn(LocalDate date) {
		return leave.stream().filter((period) -> period.covers(date)).findFirst();
	}

}
