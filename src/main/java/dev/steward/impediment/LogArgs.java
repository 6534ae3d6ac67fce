package dev.steward.impediment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.steward.command.Args;
import dev.steward.command.UsageException;
import dev.steward.i18n.Words;

/**
 * Reads {@code /impediment log <text> [@owner] [low|medium|high]} strictly: the owner and the severity come at the
 * end, in either order; a word next to the owner that looks like a severity but is not one ("critical") is an error,
 * never silently part of the title.
 *
 * @param title the description
 * @param owner the owner's user id, or null for the reporter
 * @param severity the severity, or null for the default
 * @param mentionedInTitle whether the title mentions someone, who is then not the owner
 */
record LogArgs(String title, String owner, Severity severity, boolean mentionedInTitle) {

	/** Words people use for a severity that Steward does not have, and what to write instead. */
	private static final Set<String> SEVERITY_LIKE = Set.of("critical", "crit", "urgent", "blocker", "blocking",
			"severe", "major", "minor", "trivial", "normal", "med", "mid", "highest", "lowest", "hi", "lo", "p0", "p1",
			"p2", "p3", "p4", "sev0", "sev1", "sev2", "sev3", "sev4", "sev-1", "sev-2", "sev-3");

	static LogArgs parse(Args args) {
		List<String> words = new ArrayList<>(args.words());
		Severity severity = null;
		String owner = null;
		while (!words.isEmpty()) {
			String last = words.get(words.size() - 1);
			if (severity == null && Severity.parse(last).isPresent()) {
				severity = Severity.parse(last).get();
			}
			else if (owner == null && Args.isMention(last)) {
				owner = Args.mention(last).get();
			}
			else if (SEVERITY_LIKE.contains(last.toLowerCase(Locale.ROOT)) && meantAsOption(words, owner, severity)) {
				throw notASeverity(last, words, owner);
			}
			else {
				break;
			}
			words.remove(words.size() - 1);
		}
		String title = String.join(" ", words);
		if (title.isBlank()) {
			throw new UsageException(Words.current().get("impediment.refused.description-first"));
		}
		return new LogArgs(title, owner, severity, words.stream().anyMatch(Args::isMention));
	}

	/**
	 * Whether a severity-like word at the end was meant as the severity: it follows the owner's mention. Elsewhere
	 * ("Release is a blocker") it is part of the description.
	 */
	private static boolean meantAsOption(List<String> words, String owner, Severity severity) {
		return severity == null && words.size() >= 2 && Args.isMention(words.get(words.size() - 2));
	}

	private static UsageException notASeverity(String word, List<String> words, String owner) {
		String example = String.join(" ", words.subList(0, words.size() - 1)) + (owner == null ? "" : " <@" + owner + ">")
				+ " high";
		return new UsageException(Words.current().get("impediment.refused.not-a-severity", word, example.strip()));
	}

}
