package dev.steward.impediment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dev.steward.chat.ChatMessage;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.i18n.Words;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamCalendar;
import dev.steward.team.TeamRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people a blocker tags as able to help: asks each in a DM, nudges them once a working day at their own working
 * time until they acknowledge, and tells everyone involved (owner, reporters, helpers) what changes.
 */
@Component
class ImpedimentHelpers {

	/** How many working days ahead a nudge is looked for before giving up (a helper away for months). */
	private static final int MAX_DAYS = 366;

	private final JdbcClient jdbc;

	private final TeamRepository teams;

	private final ImpedimentRepository impediments;

	private final DeliveryQueue deliveries;

	private final WorkingAge ages;

	ImpedimentHelpers(JdbcClient jdbc, TeamRepository teams, ImpedimentRepository impediments,
			DeliveryQueue deliveries, WorkingAge ages) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.impediments = impediments;
		this.deliveries = deliveries;
		this.ages = ages;
	}

	/**
	 * One person asked to help.
	 *
	 * @param userId who
	 * @param taggedBy who asked them
	 * @param acknowledgedAt when they acknowledged, or null
	 */
	record Helper(String userId, String taggedBy, Instant acknowledgedAt) {
	}

	/**
	 * Asks each team member the text tags (not the owner, not whoever tagged) to help, in a DM with Acknowledge, Add
	 * update and Resolve, and plans their first nudge.
	 * @return the user ids asked
	 */
	List<String> tag(Team team, Impediment impediment, String taggedBy, Instant now) {
		List<Member> members = teams.members(team.id());
		List<String> asked = new java.util.ArrayList<>();
		for (Member helper : Tags.in(impediment.title(), members)) {
			if (helper.userId().equals(impediment.ownerId()) || helper.userId().equals(taggedBy)) {
				continue;
			}
			if (jdbc.sql("insert into impediment_helper (impediment_id, user_id, tagged_by, tagged_at, next_nudge_at) "
					+ "values (:id, :user, :by, :at, :next) on conflict do nothing")
				.param("id", impediment.id())
				.param("user", helper.userId())
				.param("by", taggedBy)
				.param("at", ts(now))
				.param("next", ts(nextNudge(team, helper, now)))
				.update() == 1) {
				deliveries.post("helper-asked:" + impediment.id() + ":" + helper.userId(),
						team.direct(helper.userId()), ImpedimentMessages.helpAsked(helper.words(team), impediment,
								taggedBy));
				asked.add(helper.userId());
			}
		}
		return asked;
	}

	List<Helper> helpers(long impedimentId) {
		return jdbc.sql("select user_id, tagged_by, acknowledged_at from impediment_helper where impediment_id = :id "
				+ "order by tagged_at, user_id")
			.param("id", impedimentId)
			.query((rs, row) -> new Helper(rs.getString(1), rs.getString(2), instant(rs, "acknowledged_at")))
			.list();
	}

	boolean isHelper(long impedimentId, String userId) {
		return helpers(impedimentId).stream().anyMatch((helper) -> helper.userId().equals(userId));
	}

	/** Records the helper's acknowledgement; false when they had acknowledged already. */
	boolean acknowledge(long impedimentId, String userId, Instant now) {
		return jdbc.sql("update impediment_helper set acknowledged_at = :at, next_nudge_at = null "
				+ "where impediment_id = :id and user_id = :user and acknowledged_at is null")
			.param("at", ts(now))
			.param("id", impedimentId)
			.param("user", userId)
			.update() == 1;
	}

	/** The impediments with a helper whose nudge has come, through the index. */
	List<Long> dueForNudge(Instant now, int limit) {
		return jdbc.sql("select distinct impediment_id from impediment_helper where next_nudge_at <= :now "
				+ "order by impediment_id limit :limit")
			.param("now", ts(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Nudges each of the impediment's helpers whose time has come, once: the next nudge is set by a conditional
	 * update in the transaction that queues this one. An impediment no longer active nudges nobody again.
	 */
	void nudge(ImpedimentLog.Located found, Instant now) {
		Impediment impediment = found.impediment();
		List<Object[]> due = jdbc.sql("select user_id, tagged_by, next_nudge_at from impediment_helper "
				+ "where impediment_id = :id and next_nudge_at <= :now")
			.param("id", impediment.id())
			.param("now", ts(now))
			.query((rs, row) -> new Object[] { rs.getString(1), rs.getString(2), instant(rs, "next_nudge_at") })
			.list();
		for (Object[] row : due) {
			String userId = (String) row[0];
			Optional<Member> helper = teams.member(found.team().id(), userId);
			Instant next = (!impediment.status().isActive() || helper.isEmpty()) ? null
					: nextNudge(found.team(), helper.get(), now);
			boolean taken = jdbc.sql("update impediment_helper set next_nudge_at = :next where impediment_id = :id "
					+ "and user_id = :user and next_nudge_at = :was")
				.param("next", ts(next))
				.param("id", impediment.id())
				.param("user", userId)
				.param("was", ts((Instant) row[2]))
				.update() == 1;
			if (taken && next != null) {
				LocalDate day = now.atZone(zone(found.team(), helper.get())).toLocalDate();
				deliveries.post("helper-nudge:" + impediment.id() + ":" + userId + ":" + day,
						found.team().direct(userId), ImpedimentMessages.helpNudge(helper.get().words(found.team()),
								impediment, (String) row[1]));
			}
		}
	}

	/**
	 * Tells everyone involved in an impediment that has helpers (its owner, reporters and helpers, but not whoever
	 * made the change) what changed, each in their own words; an impediment nobody was tagged on keeps its quieter
	 * ways.
	 */
	void tellInvolved(ImpedimentLog.Located found, String actorId, String eventKey,
			Function<Words, ChatMessage> message) {
		List<Helper> helpers = helpers(found.impediment().id());
		if (helpers.isEmpty()) {
			return;
		}
		Set<String> involved = new LinkedHashSet<>();
		involved.add(found.impediment().ownerId());
		involved.addAll(impediments.reporters(found.impediment().id()));
		helpers.forEach((helper) -> involved.add(helper.userId()));
		involved.remove(actorId);
		for (String userId : involved) {
			deliveries.post("involved:" + found.impediment().id() + ":" + userId + ":" + eventKey,
					found.team().direct(userId), message.apply(wordsOf(found.team(), userId)));
		}
	}

	/** The words to write to the person alone in: a member's own, else the team's (also for someone not in it). */
	Words wordsOf(Team team, String userId) {
		return teams.member(team.id(), userId).map((member) -> member.words(team)).orElseGet(team::words);
	}

	/** The start of the helper's next working day after now, at the team's day start in the helper's own zone. */
	private Instant nextNudge(Team team, Member helper, Instant now) {
		TeamCalendar calendar = ages.calendar(team);
		ZoneId zone = zone(team, helper);
		LocalDate date = now.atZone(zone).toLocalDate();
		for (int i = 0; i < MAX_DAYS; i++) {
			date = date.plusDays(1);
			if (calendar.isWorkingDay(date) && !helper.isAwayOn(date)) {
				return ZonedDateTime.of(date, calendar.dayStart(), zone).toInstant();
			}
		}
		return null;
	}

	private static ZoneId zone(Team team, Member helper) {
		return helper.zone() != null ? helper.zone() : team.zone();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime ts(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

}
