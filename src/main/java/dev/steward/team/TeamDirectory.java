package dev.steward.team;

import java.util.List;

import dev.steward.command.Actor;
import dev.steward.command.CommandRequest;
import dev.steward.command.UsageException;

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
				.orElseThrow(() -> new UsageException(
						"There is no stand-up in this channel yet. A PM can start one here with /standup setup."));
		}
		List<Team> mine = teams.findByUser(actor.platform(), actor.workspaceId(), actor.userId());
		if (mine.size() == 1) {
			return mine.get(0);
		}
		throw new UsageException(mine.isEmpty()
				? "You are not in any team yet. Type /standup join in your team's channel."
				: "You are in several teams; type the command in the team's channel instead.");
	}

	/** The member, or a polite refusal if the user is not in the team. */
	public Member requireMember(Team team, String userId) {
		return teams.member(team.id(), userId)
			.orElseThrow(() -> new UsageException(
					"You are not in " + team.name() + ". Type /standup join in its channel to join."));
	}

	/** The member if they are a PM of the team, or a polite refusal. */
	public Member requirePm(Team team, String userId) {
		Member member = requireMember(team, userId);
		if (!member.isPm()) {
			throw new UsageException("Only the PMs of " + team.name() + " can do that. Ask one of them: "
					+ String.join(", ", pmNames(team)) + ".");
		}
		return member;
	}

	public List<String> pmNames(Team team) {
		return teams.members(team.id()).stream().filter(Member::isPm).map(Member::displayName).toList();
	}

}
