package dev.steward.team;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.steward.chat.Platform;
import dev.steward.chat.ServedWorkspaces;
import dev.steward.chat.Workspace;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Teams and their members in the database. */
@Repository
public class TeamRepository implements ServedWorkspaces {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	@Autowired
	public TeamRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** For storage tests, where nobody listens. */
	public TeamRepository(JdbcClient jdbc) {
		this(jdbc, (event) -> {
		});
	}

	public Team create(Platform platform, String workspaceId, String channelId, String name, ZoneId zone,
			Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into team (platform, workspace_id, channel_id, name, time_zone, created_at) "
				+ "values (:platform, :workspace, :channel, :name, :zone, :now)")
			.param("platform", platform.name())
			.param("workspace", workspaceId)
			.param("channel", channelId)
			.param("name", name)
			.param("zone", zone.getId())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update(key, "id");
		return new Team(key.getKeyAs(Long.class), platform, workspaceId, channelId, name, zone);
	}

	public Optional<Team> find(long id) {
		return jdbc.sql("select * from team where id = :id").param("id", id).query(this::team).optional();
	}

	public Optional<Team> findByChannel(Platform platform, String workspaceId, String channelId) {
		return jdbc.sql("select * from team where platform = :platform and workspace_id = :workspace "
				+ "and channel_id = :channel")
			.param("platform", platform.name())
			.param("workspace", workspaceId)
			.param("channel", channelId)
			.query(this::team)
			.optional();
	}

	/** The teams the user belongs to in the workspace. */
	public List<Team> findByUser(Platform platform, String workspaceId, String userId) {
		return jdbc.sql("select t.* from team t join member m on m.team_id = t.id where t.platform = :platform "
				+ "and t.workspace_id = :workspace and m.user_id = :user order by t.id")
			.param("platform", platform.name())
			.param("workspace", workspaceId)
			.param("user", userId)
			.query(this::team)
			.list();
	}

	public List<Member> members(long teamId) {
		Map<Long, List<Leave>> leave = leaveOfTeam(teamId);
		return jdbc.sql("select * from member where team_id = :team order by display_name, id")
			.param("team", teamId)
			.query((rs, row) -> member(rs, leave))
			.list();
	}

	/**
	 * The member of the team with the user id. Their leave is read first, in a query of its own: reading it while the
	 * member's row is being mapped would hold one pooled connection while waiting for another, and under load every
	 * request would wait so until the pool timed out.
	 */
	public Optional<Member> member(long teamId, String userId) {
		Map<Long, List<Leave>> leave = groupByMember(jdbc
			.sql("select l.* from member_leave l join member m on m.id = l.member_id where m.team_id = :team "
					+ "and m.user_id = :user order by l.first_day, l.id")
			.param("team", teamId)
			.param("user", userId));
		return jdbc.sql("select * from member where team_id = :team and user_id = :user")
			.param("team", teamId)
			.param("user", userId)
			.query((rs, row) -> member(rs, leave))
			.optional();
	}

	/** The member with the row id (their leave read first, as above). */
	public Optional<Member> member(long memberId) {
		Map<Long, List<Leave>> leave = Map.of(memberId, leaveOf(memberId));
		return jdbc.sql("select * from member where id = :id")
			.param("id", memberId)
			.query((rs, row) -> member(rs, leave))
			.optional();
	}

	/**
	 * Adds the person to the team, or leaves an existing membership as it is; returns the member. A new member is
	 * announced with {@link MemberAdded}.
	 */
	public Member addMember(long teamId, String userId, String displayName, Role role, boolean participates) {
		int added = jdbc.sql("insert into member (team_id, user_id, display_name, role, participates) "
				+ "values (:team, :user, :name, :role, :participates) on conflict do nothing")
			.param("team", teamId)
			.param("user", userId)
			.param("name", displayName)
			.param("role", role.name())
			.param("participates", participates)
			.update();
		if (added > 0) {
			events.publishEvent(new MemberAdded(teamId, userId));
		}
		return member(teamId, userId).orElseThrow();
	}

	public void setRole(long memberId, Role role) {
		jdbc.sql("update member set role = :role where id = :id").param("role", role.name()).param("id", memberId)
			.update();
	}

	public void setParticipates(long memberId, boolean participates) {
		jdbc.sql("update member set participates = :participates where id = :id")
			.param("participates", participates)
			.param("id", memberId)
			.update();
	}

	/** Adds a leave period; returns its id. */
	public long addLeave(long memberId, LocalDate first, LocalDate last, String createdBy, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into member_leave (member_id, first_day, last_day, created_by, created_at) "
				+ "values (:member, :first, :last, :by, :now)")
			.param("member", memberId)
			.param("first", first)
			.param("last", last)
			.param("by", createdBy)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	/**
	 * Replaces the member's leave from their calendar from the day on: periods before it stay as they were (one that
	 * runs into it ends the day before), so what has been stays true.
	 */
	void replaceCalendarLeave(long memberId, LocalDate from, List<Leave> periods, String createdBy, Instant now) {
		jdbc.sql("delete from member_leave where member_id = :member and from_calendar and first_day >= :from")
			.param("member", memberId)
			.param("from", from)
			.update();
		jdbc.sql("update member_leave set last_day = :before where member_id = :member and from_calendar "
				+ "and last_day >= :from")
			.param("before", from.minusDays(1))
			.param("member", memberId)
			.param("from", from)
			.update();
		for (Leave period : periods) {
			jdbc.sql("insert into member_leave (member_id, first_day, last_day, created_by, created_at, from_calendar) "
					+ "values (:member, :first, :last, :by, :now, true)")
				.param("member", memberId)
				.param("first", period.firstDay())
				.param("last", period.lastDay())
				.param("by", createdBy)
				.param("now", now.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	/** Moves the last day of a leave period. */
	public void endLeave(long leaveId, LocalDate lastDay) {
		jdbc.sql("update member_leave set last_day = :last where id = :id").param("last", lastDay).param("id", leaveId)
			.update();
	}

	public void removeLeave(long leaveId) {
		jdbc.sql("delete from member_leave where id = :id").param("id", leaveId).update();
	}

	private List<Leave> leaveOf(long memberId) {
		return jdbc.sql("select * from member_leave where member_id = :member order by first_day, id")
			.param("member", memberId)
			.query((rs, row) -> leave(rs))
			.list();
	}

	private Map<Long, List<Leave>> leaveOfTeam(long teamId) {
		return groupByMember(jdbc
			.sql("select l.* from member_leave l join member m on m.id = l.member_id where m.team_id = :team "
					+ "order by l.first_day, l.id")
			.param("team", teamId));
	}

	/** The leave rows the statement selects, by member. */
	private Map<Long, List<Leave>> groupByMember(JdbcClient.StatementSpec leaveRows) {
		return leaveRows.query((rs, row) -> Map.entry(rs.getLong("member_id"), leave(rs)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	private static Leave leave(ResultSet rs) throws SQLException {
		return new Leave(rs.getLong("id"), rs.getObject("first_day", LocalDate.class),
				rs.getObject("last_day", LocalDate.class), rs.getBoolean("from_calendar"));
	}

	/** Records what the platform says of the member's name and zone. */
	public void updateProfile(long memberId, String displayName, ZoneId zone) {
		jdbc.sql("update member set display_name = :name, time_zone = :zone where id = :id")
			.param("name", displayName)
			.param("zone", zone == null ? null : zone.getId())
			.param("id", memberId)
			.update();
	}

	/** Marks the user unreachable in every team of the workspace, from the instant on; returns how many rows. */
	public int markUnreachable(Platform platform, String workspaceId, String userId, Instant since) {
		return jdbc.sql("update member set unreachable_since = :since where user_id = :user and unreachable_since is null "
				+ "and team_id in (select id from team where platform = :platform and workspace_id = :workspace)")
			.param("since", since.atOffset(ZoneOffset.UTC))
			.param("user", userId)
			.param("platform", platform.name())
			.param("workspace", workspaceId)
			.update();
	}

	/** Clears the unreachable mark of the user, who has just written to the bot; returns how many rows. */
	public int markReachable(Platform platform, String workspaceId, String userId) {
		return jdbc.sql("update member set unreachable_since = null where user_id = :user "
				+ "and unreachable_since is not null "
				+ "and team_id in (select id from team where platform = :platform and workspace_id = :workspace)")
			.param("user", userId)
			.param("platform", platform.name())
			.param("workspace", workspaceId)
			.update();
	}

	public void setLanguage(long teamId, String language) {
		jdbc.sql("update team set language = :language where id = :id")
			.param("language", language)
			.param("id", teamId)
			.update();
	}

	/**
	 * Sets the person's own language on each of their memberships in the workspace (null: their teams' languages);
	 * returns how many memberships they have.
	 */
	public int setPersonLanguage(Platform platform, String workspaceId, String userId, String language) {
		return jdbc.sql("update member set language = :language where user_id = :user and team_id in "
				+ "(select id from team where platform = :platform and workspace_id = :workspace)")
			.param("language", language)
			.param("user", userId)
			.param("platform", platform.name())
			.param("workspace", workspaceId)
			.update();
	}

	/**
	 * The person's own language and the language of the team of the channel, or of their first team when the channel
	 * is none of theirs: each a code, or null when not known.
	 */
	public PersonLanguage personLanguage(Platform platform, String workspaceId, String userId, String channelId) {
		List<String[]> rows = jdbc.sql("select m.language as own, t.language as team, t.channel_id from member m "
				+ "join team t on t.id = m.team_id where t.platform = :platform and t.workspace_id = :workspace "
				+ "and m.user_id = :user order by t.id")
			.param("platform", platform.name())
			.param("workspace", workspaceId)
			.param("user", userId)
			.query((rs, row) -> new String[] { rs.getString("own"), rs.getString("team"), rs.getString("channel_id") })
			.list();
		String own = rows.stream().map((row) -> row[0]).filter(Objects::nonNull).findFirst().orElse(null);
		String team = rows.stream()
			.filter((row) -> row[2].equals(channelId))
			.map((row) -> row[1])
			.findFirst()
			.orElseGet(() -> rows.isEmpty() ? null : rows.get(0)[1]);
		if (team == null && channelId != null) {
			team = findByChannel(platform, workspaceId, channelId).map(Team::language).orElse(null);
		}
		return new PersonLanguage(own, team);
	}

	/**
	 * A person's own language and their team's, as stored.
	 * @param own their own language code, or null
	 * @param team the language code of the team the request is about, or null when there is none
	 */
	public record PersonLanguage(String own, String team) {
	}

	public void setZone(long teamId, ZoneId zone) {
		jdbc.sql("update team set time_zone = :zone where id = :id").param("zone", zone.getId()).param("id", teamId)
			.update();
	}

	/** The ids of every team, for the tick. */
	/** The stored name and zone of every member of every team in the workspace. */
	List<StoredProfile> profilesIn(Workspace workspace) {
		return profiles("", workspace, null);
	}

	/** The stored name and zone of the person in each team of the workspace they belong to. */
	List<StoredProfile> profilesOf(Workspace workspace, String userId) {
		return profiles(" and m.user_id = :user", workspace, userId);
	}

	private List<StoredProfile> profiles(String condition, Workspace workspace, String userId) {
		JdbcClient.StatementSpec query = jdbc
			.sql("select m.id, m.team_id, m.user_id, m.display_name, m.time_zone from member m "
					+ "join team t on t.id = m.team_id where t.platform = :platform and t.workspace_id = :workspace"
					+ condition)
			.param("platform", workspace.platform().name())
			.param("workspace", workspace.id());
		if (userId != null) {
			query = query.param("user", userId);
		}
		return query
			.query((rs, row) -> new StoredProfile(rs.getLong("id"), rs.getLong("team_id"), rs.getString("user_id"),
					rs.getString("display_name"),
					(rs.getString("time_zone") == null) ? null : ZoneId.of(rs.getString("time_zone"))))
			.list();
	}

	public List<Long> allTeamIds() {
		return jdbc.sql("select id from team order by id").query(Long.class).list();
	}

	/** Every workspace with a team, whose directory of people Steward keeps read. */
	@Override
	public List<Workspace> withTeams() {
		return jdbc.sql("select distinct platform, workspace_id from team order by platform, workspace_id")
			.query((rs, row) -> new Workspace(Platform.valueOf(rs.getString("platform")), rs.getString("workspace_id")))
			.list();
	}

	private Team team(ResultSet rs, int row) throws SQLException {
		return new Team(rs.getLong("id"), Platform.valueOf(rs.getString("platform")), rs.getString("workspace_id"),
				rs.getString("channel_id"), rs.getString("name"), ZoneId.of(rs.getString("time_zone")),
				rs.getString("language"));
	}

	private Member member(ResultSet rs, Map<Long, List<Leave>> leave) throws SQLException {
		String zone = rs.getString("time_zone");
		long id = rs.getLong("id");
		return new Member(id, rs.getLong("team_id"), rs.getString("user_id"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getBoolean("participates"), zone == null ? null : ZoneId.of(zone),
				leave.getOrDefault(id, List.of()), rs.getObject("unreachable_since") == null, rs.getString("language"));
	}

}
