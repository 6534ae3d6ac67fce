package dev.steward.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Steward's own words in one language: messages from the bundles under {@code messages/} and dates, times and numbers
 * written as that language writes them; {@link #current()} is the language of the person whose request is in hand.
 */
public final class Words {

	/** Where the bundles live: one base file per feature, {@code messages/<feature>.properties}, and its translations. */
	static final String LOCATION = "messages/";

	private static final ResourceBundleMessageSource SOURCE = source();

	private static final ThreadLocal<Words> CURRENT = new ThreadLocal<>();

	private static final Words[] ALL = Arrays.stream(Language.values()).map(Words::new).toArray(Words[]::new);

	public static final Words ENGLISH = in(Language.EN);

	private final Language language;

	private final DateTimeFormatter day;

	private final DateTimeFormatter dayAndYear;

	private final DateTimeFormatter time;

	private Words(Language language) {
		this.language = language;
		Locale locale = language.locale();
		this.day = DateTimeFormatter.ofPattern(raw(locale, "date.day"), locale);
		this.dayAndYear = DateTimeFormatter.ofPattern(raw(locale, "date.day-and-year"), locale);
		this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
	}

	public static Words in(Language language) {
		return ALL[language.ordinal()];
	}

	/** The words of a stored language code; English for a code without a bundle. */
	public static Words in(String code) {
		return in(Language.of(code));
	}

	/** The words of the person whose request is being handled, or English outside a request. */
	public static Words current() {
		Words words = CURRENT.get();
		return (words != null) ? words : ENGLISH;
	}

	/** Runs the work with {@link #current()} answering these words, as it did before afterwards. */
	public static <T> T reading(Words words, Supplier<T> work) {
		Words before = CURRENT.get();
		CURRENT.set(Objects.requireNonNull(words));
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(before);
			}
		}
	}

	/** The source of every bundle, for Spring's {@code messageSource} (the dashboard's templates read it). */
	public static MessageSource messageSource() {
		return SOURCE;
	}

	public Language language() {
		return language;
	}

	public Locale locale() {
		return language.locale();
	}

	/**
	 * The message of the key with its arguments, a {@link java.text.MessageFormat} pattern (a quote is written
	 * {@code ''}).
	 * @throws org.springframework.context.NoSuchMessageException when no bundle has the key
	 */
	public String get(String key, Object... args) {
		return SOURCE.getMessage(key, args, locale());
	}

	/** {@code Thu 24 Dec}, or {@code Fri 1 Jan 2027} when the date is not in the year of {@code today}. */
	public String day(LocalDate date, LocalDate today) {
		return (date.getYear() == today.getYear() ? day : dayAndYear).format(date);
	}

	/** {@code Thu 24 Dec}, without a year. */
	public String day(LocalDate date) {
		return day.format(date);
	}

	/** {@code Thu 24 Dec 2026}, for text kept for years. */
	public String dayWithYear(LocalDate date) {
		return dayAndYear.format(date);
	}

	/** {@code Thu 24 Dec – Sat 26 Dec}, or one day when both are the same. */
	public String range(LocalDate first, LocalDate last, LocalDate today) {
		return first.equals(last) ? day(first, today) : day(first, today) + " \u2013 " + day(last, today);
	}

	/** {@code 09:30}. */
	public String time(LocalTime value) {
		return time.format(value);
	}

	/**
	 * The instant as a time in the reader's zone, naming the zone unless the reader and the team share it: {@code
	 * 16:30 your time (11:00 Europe/London)}, or {@code 11:00 (Europe/London)}.
	 * @param readerZone the reader's zone, or null when unknown
	 */
	public String timeFor(Instant instant, ZoneId readerZone, ZoneId teamZone) {
		String team = time.format(instant.atZone(teamZone));
		if (readerZone == null || sameOffset(instant, readerZone, teamZone)) {
			return get("time.in-zone", team, teamZone.getId());
		}
		return get("time.yours", time.format(instant.atZone(readerZone)), team, teamZone.getId());
	}

	/** The weekday's full name ({@code Monday}, {@code Montag}). */
	public String weekday(java.time.DayOfWeek day) {
		return day.getDisplayName(TextStyle.FULL, locale());
	}

	/** The weekday's short name ({@code Mon}, {@code Mo.}). */
	public String weekdayShort(java.time.DayOfWeek day) {
		return day.getDisplayName(TextStyle.SHORT, locale());
	}

	/** The number with exactly that many decimals, as the language writes it ({@code 3.5}, {@code 3,5}). */
	public String number(double value, int decimals) {
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(value);
	}

	/** The items joined as a sentence lists them: {@code a, b and c}, {@code a, b und c}. */
	public String list(List<String> items) {
		if (items.size() <= 1) {
			return items.isEmpty() ? "" : items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " " + get("list.and") + " "
				+ items.get(items.size() - 1);
	}

	@Override
	public String toString() {
		return "Words(" + language.code() + ")";
	}

	private static boolean sameOffset(Instant instant, ZoneId a, ZoneId b) {
		return a.getRules().getOffset(instant).equals(b.getRules().getOffset(instant));
	}

	private static String raw(Locale locale, String key) {
		return SOURCE.getMessage(key, null, locale).replace("''", "'");
	}

	/** The base names of every bundle under {@code messages/}: the files without a language in their name. */
	static List<String> baseNames() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver(Words.class.getClassLoader())
				.getResources("classpath*:" + LOCATION + "*.properties");
			return Arrays.stream(found)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.filter((name) -> !name.contains("_"))
				.map((name) -> LOCATION + name.substring(0, name.length() - ".properties".length()))
				.distinct()
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the message bundles", ex);
		}
	}

	private static ResourceBundleMessageSource source() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames(baseNames().toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(Locale.ENGLISH);
		source.setAlwaysUseMessageFormat(true);
		source.setBeanClassLoader(Words.class.getClassLoader());
		return source;
	}

}
