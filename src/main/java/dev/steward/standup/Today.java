package dev.steward.standup;

import java.time.Clock;
import java.time.LocalDate;

import dev.steward.team.Member;
import dev.steward.team.Team;

import org.springframework.stereotype.Component;

/** Today's date where a person is: in their own zone when the platform told it, else in their team's. */
@Component
class Today {

	private final Clock clock;

	Today(Clock clock) {
		this.clock = clock;
	}

	LocalDate of(Team team, Member member) {
		return clock.instant().atZone(member.zone() != null ? member.zone() : team.zone()).toLocalDate();
	}

	LocalDate of(Team team) {
		return clock.instant().atZone(team.zone()).toLocalDate();
	}

}
