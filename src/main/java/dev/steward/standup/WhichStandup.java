package dev.steward.standup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.steward.command.Args;
import dev.steward.command.Suggestions;
import dev.steward.command.UsageException;
import dev.steward.i18n.Words;
import dev.steward.team.Team;

import org.springframework.stereotype.Component;

/**
 * Which of a team's stand-ups a command is about: the one whose name is written before or after the command's other
 * words, in any case; the team's only one when no name is written; and, when it has several, a message listing them in
 * the words of the person who typed the command.
 */
@Component
class WhichStandup {

	private final StandupRepository standups;

	WhichStandup(StandupRepository standups) {
		this.standups = standups;
	}

	/**
	 * A stand-up a command is about, and the command without its name.
	 *
	 * @param config the stand-up
	 * @param args the command's words without the name: the sub-command first, then its options
	 */
	record Choice(StandupConfig config, Args args) {

	}

	/**
	 * The one stand-up the command is about; refused, with the names, when the team has several and none is written.
	 * @param options whether the words after the sub-command, without a name, are what the command takes
	 */
	Choice one(Team team, Args args, Predicate<List<String>> options) {
		return one(team.name(), standups.configs(team.id()), args, options);
	}

	/** As above, among the stand-ups given: the rule, without the database. */
	static Choice one(String team, List<StandupConfig> all, Args args, Predicate<List<String>> options) {
		Choice named = named(team, all, args, options);
		if (named.config() != null) {
			return named;
		}
		if (all.size() > 1) {
			throw new UsageException(several(all, args.word(0)));
		}
		return new Choice(all.get(0), args);
	}

	/**
	 * The stand-up whose name is written, if one is, and the command without it; refused when the team has several
	 * and other words are written.
	 */
	Choice named(Team team, Args args) {
		return named(team.name(), standups.configs(team.id()), args, List::isEmpty);
	}

	/** The stand-ups the command is about: the one whose name is written, or else all of the team's. */
	List<StandupConfig> some(Team team, Args args) {
		List<StandupConfig> all = standups.configs(team.id());
		StandupConfig named = named(team.name(), all, args, List::isEmpty).config();
		return (named != null) ? List.of(named) : all;
	}

	/** The stand-up called the name (any case, any spacing) in the team. */
	Optional<StandupConfig> called(long teamId, String name) {
		String wanted = normalized(name);
		return standups.configs(teamId).stream().filter((config) -> normalized(config.name()).equals(wanted))
			.findFirst();
	}

	/** {@code This channel has 2 stand-ups: A, B. Say which: /standup now B}. */
	static String several(List<StandupConfig> all, String command) {
		return Words.current().get("answers.which.several", Integer.toString(all.size()), names(all), command,
				all.get(all.size() - 1).name());
	}

	static String names(List<StandupConfig> all) {
		return all.stream().map(StandupConfig::name).collect(Collectors.joining(", "));
	}

	/** The name as compared: lower case, single spaces. */
	static String normalized(String name) {
		return String.join(" ", words(name));
	}

	/**
	 * The stand-up whose name leads or ends the words after the sub-command (the longest name first); no stand-up
	 * when none does and the words are the command's options; a refusal naming the closest stand-up otherwise.
	 */
	static Choice named(String team, List<StandupConfig> all, Args args, Predicate<List<String>> options) {
		if (all.isEmpty()) {
			throw new UsageException(Words.current().get("answers.which.none", team));
		}
		List<String> words = args.words().subList(Math.min(1, args.size()), args.size());
		List<StandupConfig> longestFirst = all.stream()
			.sorted(Comparator.comparingInt((StandupConfig config) -> words(config.name()).size()).reversed())
			.toList();
		for (StandupConfig config : longestFirst) {
			List<String> rest = without(words, words(config.name()));
			if (rest != null) {
				return new Choice(config, Args.parse(args.raw(0) + " " + String.join(" ", rest)));
			}
		}
		if (all.size() == 1 || options.test(words)) {
			return new Choice(null, args);
		}
		throw new UsageException(unknown(all, words, options, args.word(0)));
	}

	/** The words without the name at their start or end, or null when the name is at neither. */
	private static List<String> without(List<String> words, List<String> name) {
		int n = name.size();
		if (n == 0 || words.size() < n) {
			return null;
		}
		if (lower(words.subList(0, n)).equals(name)) {
			return words.subList(n, words.size());
		}
		if (lower(words.subList(words.size() - n, words.size())).equals(name)) {
			return words.subList(0, words.size() - n);
		}
		return null;
	}

	/** The words that are not the command's options taken as a name no stand-up has, with the closest one. */
	private static String unknown(List<StandupConfig> all, List<String> words, Predicate<List<String>> options,
			String command) {
		int end = 1;
		while (end < words.size() && !options.test(words.subList(end, words.size()))) {
			end++;
		}
		String given = String.join(" ", words.subList(0, end));
		Words reader = Words.current();
		return closest(given, all.stream().map(StandupConfig::name).toList())
			.map((name) -> reader.get("answers.which.unknown-closest", given, command, name, names(all)))
			.orElseGet(() -> reader.get("answers.which.unknown", given, names(all)));
	}

	/** The name that is a typo away from the given one, or else the one sharing most words of three letters or more. */
	private static Optional<String> closest(String given, List<String> names) {
		Optional<String> typo = Suggestions.closest(given, names);
		if (typo.isPresent()) {
			return typo;
		}
		List<String> wanted = words(given).stream().filter((word) -> word.length() >= 3).toList();
		return names.stream()
			.filter((name) -> shared(wanted, name) > 0)
			.max(Comparator.comparingLong((String name) -> shared(wanted, name)));
	}

	private static long shared(List<String> wanted, String name) {
		List<String> words = words(name);
		return wanted.stream().filter(words::contains).count();
	}

	private static List<String> words(String name) {
		String stripped = name.strip().toLowerCase(Locale.ROOT);
		return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
	}

	private static List<String> lower(List<String> words) {
		List<String> lower = new ArrayList<>();
		words.forEach((word) -> lower.add(word.toLowerCase(Locale.ROOT)));
		return lower;
	}

}
