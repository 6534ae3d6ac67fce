package dev.steward.escalation;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.steward.chat.Conversation;
import dev.steward.impediment.Impediment;
import dev.steward.team.Member;
import dev.steward.team.Role;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;

/**
 * Turns a rung's target into conversations. While the owner is away, the PMs cover for them; a stakeholders rung
 * with no stakeholders goes to the escalation channel, or else the team channel.
 */
@Component
class Recipients {

	private final TeamRepository teams;

	Recipients(TeamRepository teams) {
		this.teams = teams;
	}

	Set<Conversation> of(Target target, Team team, Impediment impediment, LadderPolicy policy, LocalDate today) {
		List<Member> members = teams.members(team.id());
		Set<Conversation> to = new LinkedHashSet<>();
		switch (target) {
			case OWNER -> {
				boolean away = members.stream()
					.anyMatch((member) -> member.userId().equals(impediment.ownerId()) && member.isAwayOn(today));
				if (away) {
					pms(members, team, to);
				}
				else {
					to.add(team.direct(impediment.ownerId()));
				}
			}
			case PMS -> pms(members, team, to);
			case CHANNEL -> to.add(team.channel());
			case STAKEHOLDERS -> {
				members.stream().filter((member) -> member.role() == Role.STAKEHOLDER)
					.forEach((member) -> to.add(team.direct(member.userId())));
				policy.stakeholders().forEach((userId) -> to.add(team.direct(userId)));
				if (to.isEmpty()) {
					to.add(escalationChannel(team, policy));
				}
			}
			case ESCALATION_CHANNEL -> to.add(escalationChannel(team, policy));
		}
		return to;
	}

	private static void pms(List<Member> members, Team team, Set<Conversation> to) {
		members.stream().filter(Member::isPm).forEach((member) -> to.add(team.direct(member.userId())));
		if (to.isEmpty()) {
			to.add(team.channel());
		}
	}

	private static Conversation escalationChannel(Team team, LadderPolicy policy) {
		return policy.escalationChannel() == null ? team.channel()
				: Conversation.channel(team.platform(), team.workspaceId(), policy.escalationChannel());
	}

}
