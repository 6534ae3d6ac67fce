package dev.steward.standup;

import dev.steward.i18n.Words;
import dev.steward.team.Team;

/** How a sentence names a stand-up: by its name when the team runs several, else as the team's one stand-up. */
final class StandupNames {

	private StandupNames() {
	}

	/** The stand-up at the start of a sentence: its name, or "The stand-up". */
	static String the(Words words, StandupConfig config, boolean several) {
		return several ? config.name() : words.get("setup.the-standup");
	}

	/** The team's stand-up: "#team's Week in review", or "#team's stand-up". */
	static String whose(Words words, Team team, StandupConfig config, boolean several) {
		return words.get("setup.whose", team.name(), several ? config.name() : words.get("setup.standup"));
	}

}
