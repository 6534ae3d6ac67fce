package dev.steward.standup;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scale answers' scores (mood, health: 1 to 5) per run, member and question, read back only as a member's own or
 * as the team's counts and averages, so an anonymous score is never tied to a name on the way out.
 */
@Repository
class StandupScores {

	private final JdbcClient jdbc;

	StandupScores(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the member's scores in the run with the ones the answers gave. */
	void save(long runId, long memberId, List<Question> questions, Map<Integer, Integer> scores) {
		jdbc.sql("delete from standup_score where run_id = :run and member_id = :member")
			.param("run", runId)
			.param("member", memberId)
			.update();
		scores.forEach((position, score) -> jdbc.sql("insert into standup_score (run_id, member_id, position, scale, "
				+ "score, anonymous) values (:run, :member, :position, :scale, :score, :anonymous)")
			.param("run", runId)
			.param("member", memberId)
			.param("position", position)
			.param("scale", questions.get(position).type().name())
			.param("score", score)
			.param("anonymous", questions.get(position).anonymous())
			.update());
	}

	/** The member's own scores in the run by question position, to pre-fill their form when they edit. */
	Map<Integer, Integer> own(long runId, long memberId) {
		Map<Integer, Integer> own = new LinkedHashMap<>();
		jdbc.sql("select position, score from standup_score where run_id = :run and member_id = :member")
			.param("run", runId)
			.param("member", memberId)
			.query((rs) -> {
				own.put(rs.getInt("position"), rs.getInt("score"));
			});
		return own;
	}

	/** How many members gave each score to the question in the run: index 0 counts the 1s, index 4 the 5s. */
	int[] distribution(long runId, int position) {
		int[] counts = new int[Scales.MAX];
		jdbc.sql("select score, count(*) as members from standup_score where run_id = :run and position = :position "
				+ "group by score")
			.param("run", runId)
			.param("position", position)
			.query((rs) -> {
				counts[rs.getInt("score") - 1] = rs.getInt("members");
			});
		return counts;
	}

	/** The average score on the scale in the stand-up's runs from the first day to the last; empty when none. */
	Optional<Double> average(long standupId, Question.Type scale, LocalDate first, LocalDate last) {
		return jdbc.sql("""
				select avg(cast(s.score as decimal(6, 3))) from standup_score s join standup_run r on r.id = s.run_id
				where r.standup_id = :standup and s.scale = :scale and r.run_date between :first and :last""")
			.param("standup", standupId)
			.param("scale", scale.name())
			.param("first", first)
			.param("last", last)
			.query((rs, row) -> {
				double average = rs.getDouble(1);
				return rs.wasNull() ? Optional.<Double>empty() : Optional.of(average);
			})
			.single();
	}

}
