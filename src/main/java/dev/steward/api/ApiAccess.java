package dev.steward.api;

import java.util.List;

import dev.steward.dashboard.TeamAccess;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.team.Team;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a token may reach: the teams it was scoped to that its owner may still see today, and their impediments;
 * anything else is answered as not found, so a token cannot tell whether it exists.
 */
@Component
class ApiAccess {

	private final TeamAccess teams;

	private final ImpedimentLog impediments;

	ApiAccess(TeamAccess teams, ImpedimentLog impediments) {
		this.teams = teams;
		this.impediments = impediments;
	}

	List<Team> teams(ApiToken token) {
		return teams.visible(token.owner()).stream().filter((team) -> token.teamIds().contains(team.id())).toList();
	}

	Team team(ApiToken token, long teamId) {
		if (!token.teamIds().contains(teamId)) {
			throw notFound();
		}
		return teams.visible(token.owner(), teamId).orElseThrow(ApiAccess::notFound);
	}

	ImpedimentLog.Located impediment(ApiToken token, long id) {
		ImpedimentLog.Located found = impediments.find(id).orElseThrow(ApiAccess::notFound);
		team(token, found.team().id());
		return found;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such resource for this token");
	}

}
