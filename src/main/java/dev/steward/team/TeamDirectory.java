package dev.steward.team;

import java.util.List;

import dev.steward.command.Actor;
import dev.steward.command.CommandRequest;
import dev.steward.command.UsageException;
import dev.steward.i18n.Words;

import org.springframework.stereotype.Component;

/** Finds the team a request is about and checks who may do what, with messages that say what to do instead. */
@Component
public class TeamDirectory {

	private final TeamRepository teams;

	public TeamDirectory(TeamRepository teams) {
		this.teams = teams;
	}

	/**
	 * The team of the channel the command was typed in or, in a direct message, the one team the user belongs to.
	 * @throws UsageException when there is no such team, or several to choose from
	 */
	public Team teamFor(CommandRequest request) {
		Actor actor = request.actor();
		if (!request.direct()) {
			return teams.findByChannel(actor.platform(), actor.workspaceId(), request.channelId())
				.orElseThrow(() -> new UsageException(Words.current().get("team.directory.no-standup")));
		}
		List<Team> mine = teams.findByUser(actor.platform(), actor.workspaceId(), actor.userId());
		if (mine.size() == 1) {
			return mine.get(0);
		}
		throw new UsageException(Words.current()
			.get(mine.isEmpty() ? "team.directory.no-team" : "team.directory.several-teams"));
	}

	/** The member, or a polite refusal if the user is not in the team. */
	public Member requireMember(Team team, String userId) {
		return teams.member(team.id(), userId)
			.orElseThrow(() -> new UsageException(Words.current().get("team.directory.not-member", team.name())));
	}

	/** The member if they are a PM of the team, or a polite refusal. */
	public Member requirePm(Team team, String userId) {
		Member member = requireMember(team, userId);
		if (!member.isPm()) {
			throw new UsageException(Words.current().get("team.directory.pm-only", team.name(),
					String.join(", ", pmNames(team))));
		}
		return member;
	}

	public List<String> pmNames(Team team) {
		return teams.members(team.id()).stream().filter(Member::isPm).map(Member::displayName).toList();
	}

}
