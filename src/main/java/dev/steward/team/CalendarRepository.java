package dev.steward.team;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each team's working calendar; a team without one works Monday to Friday, 09:00 to 17:00, in its zone. */
@Repository
public class CalendarRepository {

	private final JdbcClient jdbc;

	public CalendarRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public TeamCalendar calendar(Team team) {
		return jdbc.sql("select * from team_calendar where team_id = :team")
			.param("team", team.id())
			.query((rs, row) -> new TeamCalendar(team.zone(), days(rs.getString("work_days")),
					rs.getObject("day_start", LocalTime.class), rs.getObject("day_end", LocalTime.class),
					dates(rs.getString("holidays"))))
			.optional()
			.orElseGet(() -> TeamCalendar.standard(team.zone()));
	}

	public void save(long teamId, TeamCalendar calendar) {
		jdbc.sql("delete from team_calendar where team_id = :team").param("team", teamId).update();
		jdbc.sql("insert into team_calendar (team_id, work_days, day_start, day_end, holidays) "
				+ "values (:team, :days, :start, :end, :holidays)")
			.param("team", teamId)
			.param("days", calendar.workDays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")))
			.param("start", calendar.dayStart())
			.param("end", calendar.dayEnd())
			.param("holidays", calendar.holidays().stream().sorted().map(LocalDate::toString)
				.collect(Collectors.joining(",")))
			.update();
	}

	private static Set<DayOfWeek> days(String text) {
		EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		Arrays.stream(text.split(",")).filter((day) -> !day.isBlank()).forEach((day) -> days.add(DayOfWeek.valueOf(day)));
		return days;
	}

	private static Set<LocalDate> dates(String text) {
		return Arrays.stream(text.split(",")).filter((date) -> !date.isBlank()).map(LocalDate::parse)
			.collect(Collectors.toSet());
	}

}
