package dev.steward.standup;

import java.util.Locale;
import java.util.Set;

/** Tells a real blocker from the many ways people say "nothing is blocking me". */
final class Blockers {

	private static final Set<String> NONE = Set.of("", "none", "no", "nope", "nothing", "n/a", "na", "-", "--", "nil",
			"no blockers", "no blocker", "none so far", "all good", "not really", "nothing blocking", "no impediments",
			"nothing so far", "no.", "none.", "nothing.", "nah", "0", "ok", "none!", "no!");

	private Blockers() {
	}

	/** Whether the answer names a blocker. */
	static boolean isBlocker(String answer) {
		if (answer == null) {
			return false;
		}
		String normal = answer.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[.!]+$", "");
		return !NONE.contains(normal) && !NONE.contains(normal + ".");
	}

}
