package dev.steward.standup;

import java.time.LocalTime;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Tells other features when a team's stand-up prompt goes out: the earliest of its stand-ups'. */
@Component
class StandupTimes implements StandupExtras.Times {

	private final StandupRepository standups;

	StandupTimes(StandupRepository standups) {
		this.standups = standups;
	}

	@Override
	public Optional<LocalTime> promptTime(long teamId) {
		return standups.configs(teamId).stream().map(StandupConfig::promptTime).min(LocalTime::compareTo);
	}

}
