package dev.steward.impediment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.steward.team.CalendarRepository;
import dev.steward.team.Leave;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamCalendar;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;

/**
 * Builds each impediment's {@link AgeClock}: its team's calendar, its owner's leave and its snoozes, read in a few
 * queries even for a long list.
 */
@Component
public class WorkingAge {

	private static final int MAX_AWAY_DAYS = 2000;

	private final CalendarRepository calendars;

	private final TeamRepository teams;

	private final ImpedimentRepository impediments;

	WorkingAge(CalendarRepository calendars, TeamRepository teams, ImpedimentRepository impediments) {
		this.calendars = calendars;
		this.teams = teams;
		this.impediments = impediments;
	}

	/**
	 * What an age is computed from, for impediments read outside this package (the digest's read model).
	 *
	 * @param id the impediment
	 * @param teamId its team
	 * @param ownerId its owner
	 * @param climbStartedAt when its climb started
	 * @param snoozedAt when its current snooze started, or null
	 * @param resolvedAt when it was resolved, or null
	 * @param resolvedWorkingTime the age recorded at its resolution, or null
	 */
	public record Facts(long id, long teamId, String ownerId, Instant climbStartedAt, Instant snoozedAt,
			Instant resolvedAt, Duration resolvedWorkingTime) {

	}

	public TeamCalendar calendar(Team team) {
		return calendars.calendar(team);
	}

	/** The days the owner is away, which do not count towards the age. */
	public Set<LocalDate> ownerAway(Impediment impediment) {
		return teams.member(impediment.teamId(), impediment.ownerId()).map(WorkingAge::awayDays).orElse(Set.of());
	}

	/** The impediment's age clock, read afresh. */
	public AgeClock clock(Impediment impediment, Team team) {
		return clock(impediment, calendar(team), ownerAway(impediment), impediments.pauses(List.of(impediment.id()))
			.getOrDefault(impediment.id(), List.of()));
	}

	/** The clocks of many impediments of one team, in three queries. */
	public Map<Long, AgeClock> clocks(Team team, List<Impediment> list) {
		TeamCalendar calendar = calendar(team);
		Map<String, Set<LocalDate>> away = new HashMap<>();
		teams.members(team.id()).forEach((member) -> away.put(member.userId(), awayDays(member)));
		Map<Long, List<Pause>> pauses = impediments.pauses(list.stream().map(Impediment::id).toList());
		Map<Long, AgeClock> clocks = new HashMap<>();
		for (Impediment impediment : list) {
			clocks.put(impediment.id(), clock(impediment, calendar, away.getOrDefault(impediment.ownerId(), Set.of()),
					pauses.getOrDefault(impediment.id(), List.of())));
		}
		return clocks;
	}

	/** The clocks of impediments of many teams, for read models that do not load the aggregate. */
	public Map<Long, AgeClock> clocks(List<Facts> facts, Map<Long, TeamCalendar> calendarsByTeam) {
		Map<String, Set<LocalDate>> away = new HashMap<>();
		facts.stream().map(Facts::teamId).distinct().forEach((teamId) -> teams.members(teamId)
			.forEach((member) -> away.put(teamId + ":" + member.userId(), awayDays(member))));
		Map<Long, List<Pause>> pauses = impediments.pauses(facts.stream().map(Facts::id).toList());
		Map<Long, AgeClock> clocks = new HashMap<>();
		for (Facts fact : facts) {
			clocks.put(fact.id(), new AgeClock(calendarsByTeam.get(fact.teamId()),
					away.getOrDefault(fact.teamId() + ":" + fact.ownerId(), Set.of()), fact.climbStartedAt(),
					pauses.getOrDefault(fact.id(), List.of()), fact.snoozedAt(), fact.resolvedAt(),
					fact.resolvedWorkingTime()));
		}
		return clocks;
	}

	public Duration of(Impediment impediment, Team team, Instant now) {
		return clock(impediment, team).at(now);
	}

	private static AgeClock clock(Impediment impediment, TeamCalendar calendar, Set<LocalDate> away,
			List<Pause> pauses) {
		Instant snoozedAt = impediment.status() == ImpedimentStatus.SNOOZED ? impediment.snoozedAt() : null;
		return new AgeClock(calendar, away, impediment.climbStartedAt(), pauses, snoozedAt, impediment.resolvedAt(),
				impediment.resolvedWorkingTime());
	}

	private static Set<LocalDate> awayDays(Member member) {
		Set<LocalDate> days = new HashSet<>();
		for (Leave leave : member.leave()) {
			LocalDate day = leave.firstDay();
			for (int i = 0; !day.isAfter(leave.lastDay()) && days.size() < MAX_AWAY_DAYS; i++, day = day.plusDays(1)) {
				days.add(day);
			}
		}
		return days;
	}

}
