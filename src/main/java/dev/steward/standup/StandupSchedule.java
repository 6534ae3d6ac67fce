package dev.steward.standup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

import dev.steward.team.Member;

/**
 * When a team's prompts, reminders and report fall, as instants: pure and clock-free. Local times that a DST change
 * skips move forward, and times it repeats take the first occurrence, so a change neither skips nor doubles.
 */
final class StandupSchedule {

	private final StandupConfig config;

	private final ZoneId teamZone;

	StandupSchedule(StandupConfig config, ZoneId teamZone) {
		this.config = config;
		this.teamZone = teamZone;
	}

	/** The zone the member's prompt follows. */
	ZoneId zoneOf(Member member) {
		return (config.zonePolicy() == ZonePolicy.MEMBER && member.zone() != null) ? member.zone() : teamZone;
	}

	boolean isStandupDay(LocalDate date) {
		return config.weekdays().contains(date.getDayOfWeek());
	}

	Instant promptAt(LocalDate date, Member member) {
		return ZonedDateTime.of(date, config.promptTime(), zoneOf(member)).toInstant();
	}

	Instant reminderAt(LocalDate date, Member member) {
		return promptAt(date, member).plus(config.reminderDelay());
	}

	Instant reportAt(LocalDate date) {
		return ZonedDateTime.of(date, config.reportTime(), teamZone).toInstant();
	}

	/** The team-local date of the instant. */
	LocalDate teamDate(Instant instant) {
		return instant.atZone(teamZone).toLocalDate();
	}

	/** The member-local date of the instant. */
	LocalDate memberDate(Instant instant, Member member) {
		return instant.atZone(zoneOf(member)).toLocalDate();
	}

	/**
	 * The stand-up dates whose prompts or report can fall near the instant: members far from the team's zone may be
	 * a day ahead or behind.
	 */
	List<LocalDate> candidateDates(Instant now) {
		LocalDate today = teamDate(now);
		return Stream.iterate(today.minusDays(2), (date) -> date.plusDays(1))
			.limit(5)
			.filter(this::isStandupDay)
			.toList();
	}

}
