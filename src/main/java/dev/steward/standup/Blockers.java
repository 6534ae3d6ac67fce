package dev.steward.standup;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a real blocker from the many ways people say "nothing is blocking me", in the team's language, with or
 * without the label people type in front ("B: none", "Blockers: -", "Hindernisse: keine").
 */
final class Blockers {

	/** Languages whose "nothing" words Steward knows; English is always understood as well. */
	static final Set<String> LANGUAGES = Set.of("en", "de", "es");

	private static final Set<String> SYMBOLS = Set.of("", "-", "--", "---", "\u2013", "\u2014", "n/a", "na", "0", "x",
			"/", "\u2205", "\u2705", "\ud83d\udc4d");

	private static final Map<String, Set<String>> NONE = Map.of("en",
			Set.of("none", "no", "nope", "nothing", "nil", "no blockers", "no blocker", "none so far", "all good",
					"not really", "nothing blocking", "no impediments", "nothing so far", "nah", "ok", "not at the moment",
					"nothing at the moment", "nothing today", "none today", "no issues", "all clear", "not blocked",
					"none at all", "nothing at all"),
			"de",
			Set.of("nein", "nichts", "keine", "keins", "keiner", "kein", "keine blocker", "keine hindernisse",
					"nichts blockiert", "alles gut", "alles ok", "alles okay", "nö", "ne", "gar nichts", "momentan nichts",
					"aktuell nichts", "zurzeit nichts", "nicht blockiert", "keine probleme"),
			"es",
			Set.of("no", "nada", "ninguno", "ninguna", "ningún", "ningun", "sin bloqueos", "sin bloqueo",
					"ningún bloqueo", "ningun bloqueo", "todo bien", "nada por ahora", "por ahora nada",
					"ningún impedimento", "sin impedimentos", "nada de momento", "no hay", "nada que reportar"));

	/** A short label and a colon or dash before the answer: "B:", "Blockers -", "Hindernisse:". */
	private static final Pattern LABEL = Pattern.compile("^[\\p{L} ]{1,20}\\s*[:\u2013\u2014-]\\s*");

	private Blockers() {
	}

	/** Whether the answer names a blocker, read in the team's language (and English). */
	static boolean isBlocker(String answer, String language) {
		if (answer == null) {
			return false;
		}
		String normal = normalise(answer);
		if (isNone(normal, language)) {
			return false;
		}
		String unlabelled = LABEL.matcher(normal).replaceFirst("").strip();
		return !unlabelled.equals(normal) ? !isNone(unlabelled, language) : true;
	}

	private static boolean isNone(String normal, String language) {
		return SYMBOLS.contains(normal) || NONE.get("en").contains(normal)
				|| NONE.getOrDefault(language, Set.of()).contains(normal);
	}

	private static String normalise(String answer) {
		return answer.strip()
			.toLowerCase(Locale.ROOT)
			.replaceAll("\\s+", " ")
			.replaceAll("[.!\u2026]+$", "")
			.replaceAll("^[\\u00bf\\u00a1]", "")
			.strip();
	}

}
