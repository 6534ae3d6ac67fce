package dev.steward.dashboard;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.steward.digest.DigestFollowers;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;

/**
 * The teams a viewer may see: those they belong to (as a member, PM or stakeholder) and those their own digests
 * follow. Any other team is, to them, a team that does not exist.
 */
@Component
public class TeamAccess {

	private final TeamRepository teams;

	private final DigestFollowers followers;

	TeamAccess(TeamRepository teams, DigestFollowers followers) {
		this.teams = teams;
		this.followers = followers;
	}

	/** Every team the viewer may see, by name. */
	public List<Team> visible(Viewer viewer) {
		Map<Long, Team> visible = new LinkedHashMap<>();
		teams.findByUser(viewer.platform(), viewer.workspaceId(), viewer.userId())
			.forEach((team) -> visible.put(team.id(), team));
		followers.teamsFollowedBy(viewer.platform(), viewer.workspaceId(), viewer.userId())
			.forEach((id) -> teams.find(id)
				.filter((team) -> team.platform() == viewer.platform())
				.ifPresent((team) -> visible.putIfAbsent(id, team)));
		return visible.values().stream().sorted(Comparator.comparing(Team::name)).toList();
	}

	/** The team, if the viewer may see it. */
	public Optional<Team> visible(Viewer viewer, long teamId) {
		return visible(viewer).stream().filter((team) -> team.id() == teamId).findFirst();
	}

	/** The viewer's place in the team, if they are in it (a digest follower is not). */
	public Optional<Member> membership(Viewer viewer, Team team) {
		return teams.member(team.id(), viewer.userId());
	}

	/** The team's people by user id, for showing names instead of ids. */
	public Map<String, String> names(Team team) {
		Map<String, String> names = new LinkedHashMap<>();
		teams.members(team.id()).forEach((member) -> names.put(member.userId(), member.displayName()));
		return names;
	}

}
