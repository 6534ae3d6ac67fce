package dev.steward.impediment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.steward.command.Args;
import dev.steward.team.Member;

/**
 * Finds the team members a blocker's text tags as able to help: platform mentions ({@code <@U123>}), and a typed
 * {@code @dana} (what a form's plain text field holds) when exactly one member's name starts with that word.
 */
final class Tags {

	private static final Pattern TYPED = Pattern.compile("(?<![\\w<])@([\\p{L}\\p{N}._-]{2,40})");

	private Tags() {
	}

	/** The members tagged in the text, in the order they appear, each once. */
	static List<Member> in(String text, List<Member> members) {
		Set<Member> tagged = new LinkedHashSet<>();
		for (String id : Args.mentionsIn(text)) {
			members.stream().filter((member) -> member.userId().equals(id)).findFirst().ifPresent(tagged::add);
		}
		Matcher typed = TYPED.matcher(text);
		while (typed.find()) {
			String word = typed.group(1).toLowerCase(Locale.ROOT);
			List<Member> named = members.stream().filter((member) -> named(member, word)).toList();
			if (named.size() == 1) {
				tagged.add(named.get(0));
			}
		}
		return new ArrayList<>(tagged);
	}

	private static boolean named(Member member, String word) {
		String name = member.displayName().toLowerCase(Locale.ROOT);
		return name.equals(word) || name.startsWith(word + " ") || name.replace(" ", "").equals(word)
				|| member.userId().equalsIgnoreCase(word);
	}

}
