package dev.steward.command;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.steward.i18n.Language;
import dev.steward.i18n.Words;

/**
 * The words of a command and the grammar shared by every command: mentions, {@code IMP-} ids, dates and times; what
 * it refuses is said in the reader's language.
 */
public final class Args {

	private static final Pattern MENTION = Pattern.compile("<@([A-Za-z0-9._:-]+)>");

	private static final Pattern CHANNEL = Pattern.compile("<#([A-Za-z0-9._:-]+)(?:\\|[^>]*)?>|#([a-z0-9._-]+)");

	/** {@code 9:30}, {@code 09.30}, {@code 0930} or {@code 930}, {@code 9}, each with an optional am or pm. */
	private static final Pattern TIME = Pattern
		.compile("(?:(\\d{1,2})[:.h](\\d{2})|(\\d{1,2})(\\d{2})?)\\s*(am|pm|a\\.m\\.|p\\.m\\.)?");

	private static final Pattern IMPEDIMENT_ID = Pattern.compile("(?i)(?:IMP-|ISS-|CR-)?(\\d{1,18})");

	private final List<String> words;

	private Args(List<String> words) {
		this.words = words;
	}

	public static Args parse(String text) {
		String stripped = text == null ? "" : text.strip();
		return new Args(stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+")));
	}

	public int size() {
		return words.size();
	}

	public boolean isEmpty() {
		return words.isEmpty();
	}

	/** The word at the index, lower-cased, or an empty string. */
	public String word(int index) {
		return index < words.size() ? words.get(index).toLowerCase(Locale.ROOT) : "";
	}

	/** The word at the index as typed, or an empty string. */
	public String raw(int index) {
		return index < words.size() ? words.get(index) : "";
	}

	/** The words from the index on, joined by single spaces. */
	public String rest(int from) {
		return from >= words.size() ? "" : String.join(" ", words.subList(from, words.size()));
	}

	public List<String> words() {
		return List.copyOf(words);
	}

	public Args drop(int count) {
		return new Args(new ArrayList<>(words.subList(Math.min(count, words.size()), words.size())));
	}

	/** The user id of a mention such as {@code <@U123>}, if the word is one. */
	public static Optional<String> mention(String word) {
		Matcher matcher = MENTION.matcher(word);
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/** The channel id of a channel reference such as {@code <#C123|general>}, or {@code #name} in the sandbox. */
	public static Optional<String> channel(String word) {
		Matcher matcher = CHANNEL.matcher(word);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
	}

	/** The user ids of every mention in the text, such as {@code <@U123>}, in order, each once. */
	public static List<String> mentionsIn(String text) {
		Matcher matcher = MENTION.matcher(text);
		java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
		while (matcher.find()) {
			ids.add(matcher.group(1));
		}
		return List.copyOf(ids);
	}

	public static boolean isMention(String word) {
		return MENTION.matcher(word).matches();
	}

	/** Reads {@code IMP-12}, {@code ISS-12}, {@code CR-12} (or {@code 12}) as 12: the execution log shares one id sequence. */
	public static long impedimentId(String word) {
		Matcher matcher = IMPEDIMENT_ID.matcher(word);
		if (!matcher.matches()) {
			Words words = Words.current();
			throw new UsageException(word.isEmpty() ? words.get("platform.args.which-id")
					: words.get("platform.args.not-an-id", word));
		}
		return Long.parseLong(matcher.group(1));
	}

	/**
	 * Reads a date: {@code 2026-11-24}, {@code today}, {@code tomorrow} or a weekday name (the next one, today
	 * included), those words in any language Steward speaks ({@code morgen}, {@code lunes}).
	 */
	public static LocalDate date(String word, LocalDate today) {
		String typed = plain(word);
		for (Language language : Language.values()) {
			Words words = Words.in(language);
			if (typed.equals(plain(words.get("platform.args.today")))) {
				return today;
			}
			if (typed.equals(plain(words.get("platform.args.tomorrow")))) {
				return today.plusDays(1);
			}
		}
		for (Language language : Language.values()) {
			for (DayOfWeek day : DayOfWeek.values()) {
				if (typed.length() >= 3 && plain(day.getDisplayName(TextStyle.FULL, language.locale())).startsWith(typed)) {
					return today.with(TemporalAdjusters.nextOrSame(day));
				}
			}
		}
		try {
			return LocalDate.parse(word);
		}
		catch (DateTimeException ex) {
			Words words = Words.current();
			throw new UsageException(words.get("platform.args.not-a-date", word, today.plusDays(1).toString(),
					words.get("platform.args.today"), words.get("platform.args.tomorrow"),
					words.weekday(DayOfWeek.MONDAY).toLowerCase(words.locale())));
		}
	}

	/** The word in lower case without accents, as people may type it: {@code miércoles} reads {@code miercoles}. */
	private static String plain(String word) {
		return Normalizer.normalize(word.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
	}

	/**
	 * Reads a time of day in the forms people type: {@code 09:30}, {@code 9:30}, {@code 0930}, {@code 9.30},
	 * {@code 8:30am}, {@code 8pm}, {@code 20:30}.
	 */
	public static LocalTime time(String word) {
		Matcher matcher = TIME.matcher(word.strip().toLowerCase(Locale.ROOT));
		if (matcher.matches()) {
			int hour = Integer.parseInt(matcher.group(1) != null ? matcher.group(1) : matcher.group(3));
			int minute = matcher.group(2) != null ? Integer.parseInt(matcher.group(2))
					: matcher.group(4) != null ? Integer.parseInt(matcher.group(4)) : 0;
			String half = matcher.group(5);
			boolean valid = half == null ? hour <= 23 : hour >= 1 && hour <= 12;
			if (valid && minute <= 59 && (half != null || matcher.group(1) != null || matcher.group(4) != null)) {
				return LocalTime.of(half == null ? hour : hour % 12 + (half.startsWith("p") ? 12 : 0), minute);
			}
		}
		throw new UsageException(Words.current().get("platform.args.not-a-time", word));
	}

}
