package dev.steward.team;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each team's working calendar and its named holidays; a team without one works Monday to Friday, 09:00 to 17:00, in
 * its zone.
 */
@Repository
public class CalendarRepository {

	private final JdbcClient jdbc;

	public CalendarRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public TeamCalendar calendar(Team team) {
		Set<LocalDate> holidays = holidays(team.id()).keySet();
		return jdbc.sql("select * from team_calendar where team_id = :team")
			.param("team", team.id())
			.query((rs, row) -> new TeamCalendar(team.zone(), days(rs.getString("work_days")),
					rs.getObject("day_start", LocalTime.class), rs.getObject("day_end", LocalTime.class), holidays,
					publicHolidays(rs)))
			.optional()
			.orElseGet(() -> TeamCalendar.standard(team.zone()).withHolidays(holidays));
	}

	/** Saves the working days, hours and country; the named holidays are kept as they are. */
	public void save(long teamId, TeamCalendar calendar) {
		jdbc.sql("delete from team_calendar where team_id = :team").param("team", teamId).update();
		jdbc.sql("insert into team_calendar (team_id, work_days, day_start, day_end, holiday_country, holiday_region) "
				+ "values (:team, :days, :start, :end, :country, :region)")
			.param("team", teamId)
			.param("days", calendar.workDays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")))
			.param("start", calendar.dayStart())
			.param("end", calendar.dayEnd())
			.param("country", calendar.publicHolidays().country())
			.param("region", calendar.publicHolidays().region())
			.update();
	}

	/** The team's own holidays, in date order, each with its name or null. */
	public Map<LocalDate, String> holidays(long teamId) {
		Map<LocalDate, String> holidays = new LinkedHashMap<>();
		jdbc.sql("select holiday_date, name from team_holiday where team_id = :team order by holiday_date")
			.param("team", teamId)
			.query((rs) -> {
				holidays.put(rs.getObject("holiday_date", LocalDate.class), rs.getString("name"));
			});
		return holidays;
	}

	/** Adds the holidays (or renames them if they exist). */
	public void addHolidays(long teamId, Map<LocalDate, String> holidays) {
		holidays.forEach((day, name) -> {
			removeHolidays(teamId, Set.of(day));
			jdbc.sql("insert into team_holiday (team_id, holiday_date, name) values (:team, :day, :name)")
				.param("team", teamId)
				.param("day", day)
				.param("name", name)
				.update();
		});
	}

	/** The team's holidays from its calendar feed, from the day on, in date order. */
	Map<LocalDate, String> calendarHolidays(long teamId, LocalDate from) {
		Map<LocalDate, String> holidays = new LinkedHashMap<>();
		jdbc.sql("select holiday_date, name from team_holiday where team_id = :team and from_calendar "
				+ "and holiday_date >= :from order by holiday_date")
			.param("team", teamId)
			.param("from", from)
			.query((rs) -> {
				holidays.put(rs.getObject("holiday_date", LocalDate.class), rs.getString("name"));
			});
		return holidays;
	}

	/**
	 * Replaces the team's holidays from its calendar feed, from the day on; a holiday entered by hand on one of the
	 * days stays as it is.
	 */
	void replaceCalendarHolidays(long teamId, LocalDate from, Map<LocalDate, String> holidays) {
		jdbc.sql("delete from team_holiday where team_id = :team and from_calendar and holiday_date >= :from")
			.param("team", teamId)
			.param("from", from)
			.update();
		holidays.forEach((day, name) -> jdbc.sql("insert into team_holiday (team_id, holiday_date, name, from_calendar) "
				+ "values (:team, :day, :name, true) on conflict do nothing")
			.param("team", teamId)
			.param("day", day)
			.param("name", name)
			.update());
	}

	/** Removes the holidays; returns how many there were. */
	public int removeHolidays(long teamId, Set<LocalDate> days) {
		if (days.isEmpty()) {
			return 0;
		}
		return jdbc.sql("delete from team_holiday where team_id = :team and holiday_date in (:days)")
			.param("team", teamId)
			.param("days", days)
			.update();
	}

	private static PublicHolidays publicHolidays(ResultSet rs) throws SQLException {
		String country = rs.getString("holiday_country");
		return country == null ? PublicHolidays.none() : new PublicHolidays(country, rs.getString("holiday_region"));
	}

	private static Set<DayOfWeek> days(String text) {
		EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		Arrays.stream(text.split(",")).filter((day) -> !day.isBlank()).forEach((day) -> days.add(DayOfWeek.valueOf(day)));
		return days;
	}

}
