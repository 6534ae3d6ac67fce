package dev.steward.standup;

import dev.steward.team.CalendarChanged;
import dev.steward.team.MemberAwayChanged;
import dev.steward.team.MemberProfileChanged;
import dev.steward.team.TeamRepository;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Has the tick look again at whoever a change concerns: a member whose leave or zone changed, a team whose calendar did. */
@Component
class ScheduleListener {

	private final StandupRepository standups;

	private final TeamRepository teams;

	ScheduleListener(StandupRepository standups, TeamRepository teams) {
		this.standups = standups;
		this.teams = teams;
	}

	@EventListener
	void on(MemberAwayChanged changed) {
		teams.member(changed.teamId(), changed.userId())
			.ifPresent((member) -> standups.recheckMember(member.id()));
	}

	@EventListener
	void on(MemberProfileChanged changed) {
		teams.member(changed.teamId(), changed.userId())
			.ifPresent((member) -> standups.recheckMember(member.id()));
	}

	@EventListener
	void on(CalendarChanged changed) {
		standups.recheckTeam(changed.teamId());
	}

}
