package dev.steward.standup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.steward.team.Team;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A team's stand-up record for reading back: its days and how each stands, who answered what on one day, one person's answers over
 * time, and the answers that contain some words. A team that runs several stand-ups has a day for each date, counting
 * all of them, and an entry per person and stand-up. The dashboard shows it; it changes nothing.
 */
@Component
public class StandupHistory {

	private final JdbcClient jdbc;

	StandupHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The team's latest stand-up days, newest first. */
	public List<Day> days(Team team, int limit) {
		return days(team, "", Map.of(), limit);
	}

	/**
	 * How the team's stand-ups of the day stand, if there was one: how many were asked and answered, and whether every
	 * summary went out.
	 */
	public Optional<Day> status(Team team, LocalDate date) {
		return days(team, " and r.run_date = :date", Map.of("date", date), 1).stream().findFirst();
	}

	private List<Day> days(Team team, String condition, Map<String, Object> params, int limit) {
		return jdbc.sql("""
				select r.run_date, min(case when r.reported_at is null then 0 else 1 end) as reported,
				       coalesce(sum(case when e.prompted_at is not null then 1 else 0 end), 0) as asked,
				       coalesce(sum(case when e.answered_at is not null then 1 else 0 end), 0) as answered
				from standup_run r left join standup_entry e on e.run_id = r.id
				where r.team_id = :team""" + condition + """

				group by r.run_date
				order by r.run_date desc limit :limit""")
			.param("team", team.id())
			.params(params)
			.param("limit", limit)
			.query((rs, row) -> new Day(rs.getObject("run_date", LocalDate.class), rs.getInt("asked"),
					rs.getInt("answered"), rs.getInt("reported") == 1))
			.list();
	}

	/**
	 * Everyone's entry on the day, one per stand-up they were in: their answers, or that they were not asked, skipped
	 * or did not answer.
	 */
	public List<Entry> day(Team team, LocalDate date) {
		Map<String, Entry> entries = new LinkedHashMap<>();
		jdbc.sql("""
				select r.id as run_id, s.name as standup, m.user_id, m.display_name, r.run_date, e.prompted_at,
				       e.answered_at, e.skipped_at
				from standup_run r join standup s on s.id = r.standup_id join standup_entry e on e.run_id = r.id
				join member m on m.id = e.member_id
				where r.team_id = :team and r.run_date = :date
				order by m.display_name, m.id, r.standup_id""")
			.param("team", team.id())
			.param("date", date)
			.query((rs, row) -> Map.entry(rs.getLong("run_id") + ":" + rs.getString("user_id"),
					new Entry(rs.getString("user_id"), rs.getString("display_name"),
							rs.getObject("run_date", LocalDate.class), state(rs.getObject("prompted_at",
									OffsetDateTime.class), rs.getObject("answered_at", OffsetDateTime.class),
									rs.getObject("skipped_at", OffsetDateTime.class)),
							instant(rs.getObject("answered_at", OffsetDateTime.class)), new ArrayList<>(),
							rs.getString("standup"))))
			.list()
			.forEach((entry) -> entries.put(entry.getKey(), entry.getValue()));
		jdbc.sql("select a.run_id, m.user_id, m.display_name, r.run_date, a.question, a.answer from standup_answer a "
				+ "join standup_run r on r.id = a.run_id join member m on m.id = a.member_id "
				+ "where r.team_id = :team and r.run_date = :date order by a.run_id, a.member_id, a.position")
			.param("team", team.id())
			.param("date", date)
			.query((rs) -> {
				Entry entry = entries.get(rs.getLong("run_id") + ":" + rs.getString("user_id"));
				if (entry != null) {
					entry.answers().add(new Answer(rs.getString("user_id"), rs.getString("display_name"),
							rs.getObject("run_date", LocalDate.class), rs.getString("question"), rs.getString("answer")));
				}
			});
		return List.copyOf(entries.values());
	}

	/** One person's answers, newest day first. */
	public List<Answer> byPerson(Team team, String userId, int limit) {
		return answers(team, "m.user_id = :user", Map.of("user", userId), limit);
	}

	/** The answers whose text contains the words, newest first; case does not matter. */
	public List<Answer> search(Team team, String words, int limit) {
		String pattern = "%" + words.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
			.replace("_", "\\_") + "%";
		return answers(team, "lower(a.answer) like :words escape '\\'", Map.of("words", pattern), limit);
	}

	/** Each of the team's answers, by day, person and question, read as the caller takes them, for exports. */
	public void forEachAnswer(Team team, java.util.function.Consumer<Answer> each) {
		try (java.util.stream.Stream<Answer> all = jdbc.sql("select m.user_id, m.display_name, r.run_date, a.question, "
				+ "a.answer from standup_answer a join standup_run r on r.id = a.run_id join member m on m.id = a.member_id "
				+ "where r.team_id = :team order by r.run_date, a.member_id, a.position")
			.param("team", team.id())
			.withFetchSize(1000)
			.query((rs, row) -> new Answer(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getString(5)))
			.stream()) {
			all.forEach(each);
		}
	}

	private List<Answer> answers(Team team, String condition, Map<String, Object> params, int limit) {
		return jdbc.sql("select m.user_id, m.display_name, r.run_date, a.position, a.question, a.answer "
				+ "from standup_answer a join standup_run r on r.id = a.run_id join member m on m.id = a.member_id "
				+ "where r.team_id = :team and " + condition
				+ " order by r.run_date desc, m.display_name, a.position limit :limit")
			.param("team", team.id())
			.params(params)
			.param("limit", limit)
			.query((rs, row) -> new Answer(rs.getString("user_id"), rs.getString("display_name"),
					rs.getObject("run_date", LocalDate.class), rs.getString("question"), rs.getString("answer")))
			.list();
	}

	private static String state(OffsetDateTime prompted, OffsetDateTime answered, OffsetDateTime skipped) {
		if (answered != null) {
			return "answered";
		}
		if (skipped != null) {
			return "skipped";
		}
		return (prompted != null) ? "no answer" : "not asked";
	}

	private static Instant instant(OffsetDateTime value) {
		return (value != null) ? value.toInstant() : null;
	}

	/**
	 * A day's stand-ups as they stand.
	 *
	 * @param date the day
	 * @param asked how many prompts went out so far (a member of two stand-ups that day counts twice)
	 * @param answered how many were answered
	 * @param reported whether every summary of the day went out
	 */
	public record Day(LocalDate date, int asked, int answered, boolean reported) {
	}

	/**
	 * A person's part of a day's stand-up.
	 *
	 * @param userId who
	 * @param name their name
	 * @param date the day
	 * @param state answered, no answer, skipped or not asked
	 * @param answeredAt when they answered, or null
	 * @param answers their answers in the order of the questions
	 * @param standup the name of the stand-up
	 */
	public record Entry(String userId, String name, LocalDate date, String state, Instant answeredAt,
			List<Answer> answers, String standup) {
	}

	/**
	 * One answer to one question.
	 *
	 * @param userId who answered
	 * @param name their name
	 * @param date the day
	 * @param question the question as it was asked
	 * @param text the answer
	 */
	public record Answer(String userId, String name, LocalDate date, String question, String text) {
	}

}
