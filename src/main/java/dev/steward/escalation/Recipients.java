package dev.steward.escalation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.steward.chat.Conversation;
import dev.steward.i18n.Words;
import dev.steward.impediment.Impediment;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;

/**
 * Turns a rung's target into conversations, each with who reads it, in which zone and language. While the owner is
 * away, the PMs cover for them; a stakeholders rung with no stakeholders goes to the escalation channel, or else the
 * team channel.
 */
@Component
class Recipients {

	private final TeamRepository teams;

	Recipients(TeamRepository teams) {
		this.teams = teams;
	}

	/**
	 * One conversation an escalation goes to.
	 *
	 * @param conversation where
	 * @param audience who reads it
	 * @param zone the zone its times are shown in
	 * @param words the words it is written in: a member's own, else the team's
	 */
	record Reader(Conversation conversation, Audience audience, ZoneId zone, Words words) {

	}

	List<Reader> of(Target target, Team team, Impediment impediment, LadderPolicy policy, LocalDate today) {
		List<Member> members = teams.members(team.id());
		Map<Conversation, Reader> to = new LinkedHashMap<>();
		switch (target) {
			case OWNER -> {
				boolean away = members.stream()
					.anyMatch((member) -> member.userId().equals(impediment.ownerId()) && member.isAwayOn(today));
				if (away) {
					pms(members, team, impediment, to);
				}
				else {
					direct(team, impediment, members, impediment.ownerId(), to);
				}
			}
			case PMS -> pms(members, team, impediment, to);
			case CHANNEL -> channel(team, team.channel(), to);
			case STAKEHOLDERS -> {
				members.stream().filter(Member::isStakeholder)
					.forEach((member) -> direct(team, impediment, members, member.userId(), to));
				policy.stakeholders().forEach((userId) -> direct(team, impediment, members, userId, to));
				if (to.isEmpty()) {
					channel(team, escalationChannel(team, policy), to);
				}
			}
			case ESCALATION_CHANNEL -> channel(team, escalationChannel(team, policy), to);
		}
		return List.copyOf(to.values());
	}

	/** The words to write in to a conversation an escalation went to: the member's for a DM, else the team's. */
	Words wordsFor(Team team, Conversation conversation) {
		if (conversation.kind() == Conversation.Kind.DIRECT) {
			return teams.member(team.id(), conversation.id()).map((member) -> member.words(team)).orElse(team.words());
		}
		return team.words();
	}

	private static void pms(List<Member> members, Team team, Impediment impediment, Map<Conversation, Reader> to) {
		members.stream().filter(Member::isPm).forEach((member) -> direct(team, impediment, members, member.userId(), to));
		if (to.isEmpty()) {
			channel(team, team.channel(), to);
		}
	}

	private static void direct(Team team, Impediment impediment, List<Member> members, String userId,
			Map<Conversation, Reader> to) {
		Optional<Member> member = members.stream().filter((candidate) -> candidate.userId().equals(userId)).findFirst();
		Audience audience = userId.equals(impediment.ownerId()) ? Audience.OWNER
				: member.map((m) -> m.isPm() ? Audience.PM : m.isStakeholder() ? Audience.STAKEHOLDER : Audience.MEMBER)
					.orElse(Audience.STAKEHOLDER);
		ZoneId zone = member.map(Member::zone).filter((z) -> z != null).orElse(team.zone());
		Words words = member.map((m) -> m.words(team)).orElse(team.words());
		Conversation conversation = team.direct(userId);
		to.putIfAbsent(conversation, new Reader(conversation, audience, zone, words));
	}

	private static void channel(Team team, Conversation channel, Map<Conversation, Reader> to) {
		to.putIfAbsent(channel, new Reader(channel, Audience.CHANNEL, team.zone(), team.words()));
	}

	private static Conversation escalationChannel(Team team, LadderPolicy policy) {
		return policy.escalationChannel() == null ? team.channel()
				: Conversation.channel(team.platform(), team.workspaceId(), policy.escalationChannel());
	}

}
