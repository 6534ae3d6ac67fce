package dev.steward.team;

import dev.steward.i18n.Words;

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
 * @param language their own language code for what Steward writes to them alone, or null for their team's
 */
public record Member(long id, long teamId, String userId, String displayName, Role role, boolean participates,
		ZoneId zone, List<Leave> leave, boolean reachable, String language) {

	public Member {
		leave = List.copyOf(leave);
	}

	/** A member without a language of their own. */
	public Member(long id, long teamId, String userId, String displayName, Role role, boolean participates,
			ZoneId zone, List<Leave> leave, boolean reachable) {
		this(id, teamId, userId, displayName, role, participates, zone, leave, reachable, null);
	}

	/** The words to write to them alone in: their own language, else their team's. */
	public Words words(Team team) {
		return Words.in(language != null ? language : team.language());
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
