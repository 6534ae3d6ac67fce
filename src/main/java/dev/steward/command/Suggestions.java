package dev.steward.command;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import dev.steward.i18n.Words;

/** Finds the word someone probably meant when they mistyped a command or option: "did you mean log?". */
public final class Suggestions {

	private Suggestions() {
	}

	/** The candidate closest to the word, if it is close enough to be a typo (at most two edits, fewer for short words). */
	public static Optional<String> closest(String word, Collection<String> candidates) {
		String typed = word.toLowerCase(Locale.ROOT);
		int allowed = typed.length() <= 3 ? 1 : 2;
		return candidates.stream()
			.filter((candidate) -> distance(typed, candidate.toLowerCase(Locale.ROOT)) <= allowed)
			.min(Comparator.comparingInt((String candidate) -> distance(typed, candidate.toLowerCase(Locale.ROOT)))
				.thenComparing(Comparator.naturalOrder()));
	}

	/** " Did you mean /impediment log?" in the reader's language when one is close, else an empty string. */
	public static String didYouMean(String word, Collection<String> candidates, String prefix) {
		return didYouMean(Words.current(), word, candidates, prefix);
	}

	/** " Did you mean /impediment log?" in these words when one is close, else an empty string. */
	public static String didYouMean(Words words, String word, Collection<String> candidates, String prefix) {
		return closest(word, candidates)
			.map((candidate) -> " " + words.get("platform.suggestions.did-you-mean", prefix + candidate))
			.orElse("");
	}

	/** The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
