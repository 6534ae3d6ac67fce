package dev.steward.standup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

import dev.steward.team.Member;
import dev.steward.team.TeamCalendar;

/**
 * When a stand-up's prompts, reminders and report fall, as instants: pure and clock-free. There is a stand-up on a
 * day only if it is one of the stand-up's weekdays and a working day of the team's calendar (no holiday). Local times
 * that a DST change skips move forward, and times it repeats take the first occurrence.
 */
final class StandupSchedule {

	/** How far ahead the next due instant is looked for; anything later is found by a later tick. */
	private static final int LOOK_AHEAD_DAYS = 21;

	private final StandupConfig config;

	private final ZoneId teamZone;

	private final TeamCalendar calendar;

	private final Duration catchUp;

	StandupSchedule(StandupConfig config, ZoneId teamZone, TeamCalendar calendar, Duration catchUp) {
		this.config = config;
		this.teamZone = teamZone;
		this.calendar = calendar;
		this.catchUp = catchUp;
	}

	/** The zone the member's prompt follows. */
	ZoneId zoneOf(Member member) {
		return (config.zonePolicy() == ZonePolicy.MEMBER && member.zone() != null) ? member.zone() : teamZone;
	}

	boolean isStandupDay(LocalDate date) {
		return config.weekdays().contains(date.getDayOfWeek()) && calendar.isWorkingDay(date)
				&& (config.pause() == null || !config.pause().covers(date));
	}

	Instant promptAt(LocalDate date, Member member) {
		return ZonedDateTime.of(date, config.promptTime(), zoneOf(member)).toInstant();
	}

	/**
	 * When the member is reminded: the set time after their prompt, or the set time before the summary; a member
	 * whose prompt comes after that (a late zone) is reminded halfway between their prompt and the summary.
	 */
	Instant reminderAt(LocalDate date, Member member) {
		Instant prompt = promptAt(date, member);
		if (!config.reminderBeforeReport() || promptsAfterReport(date, member)) {
			return prompt.plus(config.reminderDelay());
		}
		Instant before = reportAt(date).minus(config.reminderDelay());
		return before.isAfter(prompt) ? before
				: prompt.plus(Duration.between(prompt, reportAt(date)).dividedBy(2));
	}

	Instant reportAt(LocalDate date) {
		return ZonedDateTime.of(date, config.reportTime(), teamZone).toInstant();
	}

	/** Whether the member's prompt comes only after the summary: they show as "not yet asked", not "no answer". */
	boolean promptsAfterReport(LocalDate date, Member member) {
		return !promptAt(date, member).isBefore(reportAt(date));
	}

	/**
	 * Until when a reminder still makes sense: the report, or for a member whose prompt comes after the report,
	 * the catch-up window after their reminder time (their answer is added to the summary that went out).
	 */
	Instant reminderDeadline(LocalDate date, Member member) {
		return promptsAfterReport(date, member) ? reminderAt(date, member).plus(catchUp) : reportAt(date);
	}

	/** Whether the instant has come and the catch-up window after it has not passed. */
	boolean isDue(Instant due, Instant now) {
		return !now.isBefore(due) && now.isBefore(due.plus(catchUp));
	}

	boolean isReminderDue(LocalDate date, Member member, Instant now) {
		return !now.isBefore(reminderAt(date, member)) && now.isBefore(reminderDeadline(date, member));
	}

	/** When a summary of the date stops being worth sending: the end of the next working day after it. */
	Instant endOfNextWorkingDay(LocalDate date) {
		LocalDate next = date.plusDays(1);
		for (int i = 0; i < LOOK_AHEAD_DAYS && !calendar.isWorkingDay(next); i++) {
			next = next.plusDays(1);
		}
		return calendar.end(next);
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

	/** The member's next prompt or reminder after the instant, or null when none falls in the next three weeks. */
	Instant nextDue(Member member, Instant now) {
		LocalDate today = teamDate(now);
		Instant next = null;
		for (LocalDate date = today.minusDays(2); date.isBefore(today.plusDays(LOOK_AHEAD_DAYS)); date = date.plusDays(1)) {
			if (!isStandupDay(date) || member.isAwayOn(date)) {
				continue;
			}
			for (Instant at : List.of(promptAt(date, member), reminderAt(date, member))) {
				if (at.isAfter(now) && (next == null || at.isBefore(next))) {
					next = at;
				}
			}
		}
		return next;
	}

	/** The date of the next report after the instant, or null when none falls in the next three weeks. */
	LocalDate nextReportDate(Instant now) {
		LocalDate today = teamDate(now);
		for (LocalDate date = today.minusDays(1); date.isBefore(today.plusDays(LOOK_AHEAD_DAYS)); date = date.plusDays(1)) {
			if (isStandupDay(date) && reportAt(date).isAfter(now)) {
				return date;
			}
		}
		return null;
	}

}
