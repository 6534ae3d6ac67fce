package dev.steward.standup;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.steward.command.UsageException;
import dev.steward.i18n.Words;
import dev.steward.impediment.Impediment;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.team.Member;
import dev.steward.team.Team;

import org.springframework.stereotype.Component;

/**
 * Recognises a blocker the member already has open, so a standing blocker stays one impediment: the one they picked
 * in the answer form, one they name by id ("still IMP-4"), or one whose title their answer repeats closely.
 */
@Component
class StandingBlockers {

	/** How many of a member's open impediments the answer form offers. */
	static final int OFFERED = 10;

	private static final Pattern NAMED = Pattern.compile("(?i)\\bIMP-(\\d{1,18})\\b");

	private static final double CLOSE = 0.75;

	private final ImpedimentLog impediments;

	StandingBlockers(ImpedimentLog impediments) {
		this.impediments = impediments;
	}

	/** The member's open impediments, which they may still be blocked by. */
	List<Impediment> open(Team team, Member member) {
		return impediments.openFor(team, member.userId(), OFFERED);
	}

	/**
	 * The open impediment the answer is about, if it is one of the member's.
	 * @param picked the id they picked in the form, or null
	 * @param text their blocker answer, or null when it says nothing blocks them
	 * @throws UsageException when they picked one that is not theirs or no longer open, in the actor's words
	 */
	Optional<Impediment> find(Team team, Member member, Long picked, String text) {
		List<Impediment> open = impediments.openFor(team, member.userId(), 100);
		if (picked != null) {
			return Optional.of(open.stream()
				.filter((impediment) -> impediment.id() == picked)
				.findFirst()
				.orElseThrow(() -> new UsageException(
						Words.current().get("answers.not-open", Impediment.key(picked)))));
		}
		if (text == null) {
			return Optional.empty();
		}
		Matcher named = NAMED.matcher(text);
		if (named.find()) {
			Optional<Impediment> match = impediments.find(Long.parseLong(named.group(1)))
				.map((found) -> impediments.current(found.impediment()))
				.filter((impediment) -> impediment.teamId() == team.id() && impediment.status().isActive());
			if (match.isPresent()) {
				return match;
			}
		}
		return open.stream().filter((impediment) -> isClose(impediment.title(), text)).findFirst();
	}

	/** Whether two descriptions say the same thing: the same words, give or take a few. */
	static boolean isClose(String a, String b) {
		Set<String> left = words(a);
		Set<String> right = words(b);
		if (left.isEmpty() || right.isEmpty()) {
			return false;
		}
		Set<String> common = new HashSet<>(left);
		common.retainAll(right);
		Set<String> all = new HashSet<>(left);
		all.addAll(right);
		return (double) common.size() / all.size() >= CLOSE;
	}

	private static Set<String> words(String text) {
		String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
		Set<String> words = new HashSet<>(Arrays.asList(plain.split(" ")));
		words.removeAll(Set.of("", "still", "again", "the", "a", "an", "is", "are", "on", "by", "blocked", "waiting",
				"for", "noch", "immer", "der", "die", "das", "ist", "sigue", "el", "la", "todavia"));
		return words;
	}

}
