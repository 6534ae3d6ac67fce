package dev.steward.standup;

import java.time.LocalDate;
import java.util.Optional;

import dev.steward.team.Team;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How a team's stand-up of a day stands, for features that show it beside other things (the dashboard). */
@Component
public class StandupDay {

	private final JdbcClient jdbc;

	StandupDay(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The day's stand-up of the team, if there was one: who was asked, who answered, whether it was reported. */
	public Optional<Status> of(Team team, LocalDate date) {
		return jdbc.sql("""
				select r.reported_at is not null as reported,
				       coalesce(sum(case when e.prompted_at is not null then 1 else 0 end), 0) as asked,
				       coalesce(sum(case when e.answered_at is not null then 1 else 0 end), 0) as answered
				from standup_run r left join standup_entry e on e.run_id = r.id
				where r.team_id = :team and r.run_date = :date
				group by r.id, r.reported_at""")
			.param("team", team.id())
			.param("date", date)
			.query((rs, row) -> new Status(date, rs.getInt("asked"), rs.getInt("answered"), rs.getBoolean("reported")))
			.optional();
	}

	/**
	 * A day's stand-up as it stands.
	 *
	 * @param date the day
	 * @param asked how many members were prompted so far
	 * @param answered how many answered
	 * @param reported whether the summary went out
	 */
	public record Status(LocalDate date, int asked, int answered, boolean reported) {

	}

}
