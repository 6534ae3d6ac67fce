package dev.steward.sprint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import dev.steward.impediment.WorkingAge;
import dev.steward.scheduling.DueWork;
import dev.steward.scheduling.Tick;
import dev.steward.standup.StandupExtras;
import dev.steward.team.Team;
import dev.steward.team.TeamCalendar;
import dev.steward.team.TeamRepository;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The sprints' part of the tick: on a sprint's first working day at the team's stand-up time, the value-goal
 * reminder; on its last working day at that time, the review card. Each once, also after a restart that morning.
 */
@Component
@Order(5)
class SprintTick implements DueWork {

	private final SprintRepository sprints;

	private final TeamRepository teams;

	private final SprintCeremonies ceremonies;

	private final StandupExtras.Times times;

	private final WorkingAge ages;

	SprintTick(SprintRepository sprints, TeamRepository teams, SprintCeremonies ceremonies, StandupExtras.Times times,
			WorkingAge ages) {
		this.sprints = sprints;
		this.teams = teams;
		this.ceremonies = ceremonies;
		this.times = times;
		this.ages = ages;
	}

	@Override
	public String name() {
		return "sprint";
	}

	@Override
	public List<Long> units(Instant now) {
		return sprints.teamsWithOpenSprints(now.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(2));
	}

	@Override
	public void runDue(long teamId, Instant now) {
		Tick.aboutTeam(teamId);
		Team team = teams.find(teamId).orElse(null);
		if (team == null) {
			return;
		}
		TeamCalendar calendar = ages.calendar(team);
		LocalTime at = times.promptTime(teamId).orElse(calendar.dayStart());
		LocalDate today = now.atZone(team.zone()).toLocalDate();
		for (Sprint sprint : sprints.openSprints(teamId)) {
			LocalDate first = firstWorkingDay(calendar, sprint);
			if (sprint.remindedAt() == null && !today.isAfter(sprint.endsOn()) && reached(first, at, team, now)) {
				ceremonies.remind(team, sprint);
			}
			LocalDate last = lastWorkingDay(calendar, sprint);
			if (sprint.reviewSentAt() == null && reached(last, at, team, now)) {
				ceremonies.review(team, sprint);
			}
			if (today.isAfter(sprint.endsOn())) {
				ceremonies.ended(team, sprint);
			}
		}
	}

	private static boolean reached(LocalDate date, LocalTime time, Team team, Instant now) {
		return !now.isBefore(ZonedDateTime.of(date, time, team.zone()).toInstant());
	}

	private static LocalDate firstWorkingDay(TeamCalendar calendar, Sprint sprint) {
		for (LocalDate day = sprint.startsOn(); !day.isAfter(sprint.endsOn()); day = day.plusDays(1)) {
			if (calendar.isWorkingDay(day, Set.of())) {
				return day;
			}
		}
		return sprint.startsOn();
	}

	private static LocalDate lastWorkingDay(TeamCalendar calendar, Sprint sprint) {
		for (LocalDate day = sprint.endsOn(); !day.isBefore(sprint.startsOn()); day = day.minusDays(1)) {
			if (calendar.isWorkingDay(day, Set.of())) {
				return day;
			}
		}
		return sprint.endsOn();
	}

}
