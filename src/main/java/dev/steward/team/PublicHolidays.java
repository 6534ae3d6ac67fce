package dev.steward.team;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import dev.steward.i18n.Words;

/**
 * The public holidays of a country, or of one of its regions, from the Jollyday library, with their names; each
 * year is computed once. Pure and clock-free.
 *
 * @param country the ISO 3166 country code, lower case, or null for none
 * @param region the region code within the country (such as {@code by} for Bavaria), or null for the whole country
 */
public record PublicHolidays(String country, String region) {

	private static final PublicHolidays NONE = new PublicHolidays(null, null);

	private static final Map<String, HolidayManager> MANAGERS = new ConcurrentHashMap<>();

	private static final Map<String, Map<LocalDate, Holiday>> YEARS = new ConcurrentHashMap<>();

	/** Whether Jollyday names holidays in a language, by language code. */
	private static final Map<String, Boolean> NAMED = new ConcurrentHashMap<>();

	/** The years looked at: a calendar never asks for public holidays outside them. */
	private static final int FIRST_YEAR = 1990;

	private static final int LAST_YEAR = 2200;

	public static PublicHolidays none() {
		return NONE;
	}

	/**
	 * The holidays of the country and region.
	 * @throws IllegalArgumentException naming what is wrong when the country or region is unknown
	 */
	public static PublicHolidays of(String country, String region) {
		String code = country.toLowerCase(Locale.ROOT);
		boolean supported = HolidayManager.getSupportedCalendarCodes()
			.stream()
			.anyMatch((supportedCode) -> supportedCode.equalsIgnoreCase(code));
		Words words = Words.current();
		if (!supported || code.length() != 2) {
			throw new IllegalArgumentException(words.get("team.holidays.unknown-country", country));
		}
		String area = region == null || region.isBlank() ? null : region.toLowerCase(Locale.ROOT);
		if (area != null && !regions(code).contains(area)) {
			throw new IllegalArgumentException(words.get("team.holidays.unknown-region", region,
					code.toUpperCase(Locale.ROOT), String.join(", ", new java.util.TreeSet<>(regions(code)))));
		}
		return new PublicHolidays(code, area);
	}

	/** The region codes of a supported country. */
	static Set<String> regions(String country) {
		return manager(country).getCalendarHierarchy().getChildren().keySet();
	}

	public boolean isEmpty() {
		return country == null;
	}

	public boolean isHoliday(LocalDate date) {
		return !isEmpty() && year(date.getYear()).containsKey(date);
	}

	/** The holiday's name in English, if the date is one. */
	public Optional<String> nameOf(LocalDate date) {
		return nameOf(date, Words.ENGLISH);
	}

	/** The holiday's name in the reader's language where the library has it (else in English), if the date is one. */
	public Optional<String> nameOf(LocalDate date, Words words) {
		return isEmpty() ? Optional.empty()
				: Optional.ofNullable(year(date.getYear()).get(date)).map((holiday) -> name(holiday, words));
	}

	/** The holidays from one date to another, both included, with their names in English. */
	public Map<LocalDate, String> between(LocalDate from, LocalDate to) {
		return between(from, to, Words.ENGLISH);
	}

	/** The holidays from one date to another, both included, with their names in the reader's language. */
	public Map<LocalDate, String> between(LocalDate from, LocalDate to, Words words) {
		Map<LocalDate, String> holidays = new TreeMap<>();
		if (isEmpty()) {
			return holidays;
		}
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			year(year).forEach((date, holiday) -> {
				if (!date.isBefore(from) && !date.isAfter(to)) {
					holidays.put(date, name(holiday, words));
				}
			});
		}
		return holidays;
	}

	/** "Germany (by)", for messages in English. */
	public String describe() {
		return describe(Words.ENGLISH);
	}

	/** "Deutschland (by)", the country named in the reader's language. */
	public String describe(Words words) {
		if (isEmpty()) {
			return words.get("team.holidays.none");
		}
		String name = new Locale("", country).getDisplayCountry(words.locale());
		return (name.isBlank() ? country.toUpperCase(Locale.ROOT) : name) + (region == null ? "" : " (" + region + ")");
	}

	/** The name in the reader's language where Jollyday has names in it (German, not Spanish), else in English. */
	private static String name(Holiday holiday, Words words) {
		Locale locale = NAMED.computeIfAbsent(words.locale().getLanguage(), (language) -> PublicHolidays.class
			.getClassLoader()
			.getResource("descriptions/holiday_descriptions_" + language + ".properties") != null) ? words.locale()
					: Locale.ENGLISH;
		return holiday.getDescription(locale);
	}

	private Map<LocalDate, Holiday> year(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			return Map.of();
		}
		return YEARS.computeIfAbsent(country + ":" + region + ":" + year, (key) -> compute(year));
	}

	private Map<LocalDate, Holiday> compute(int year) {
		Map<LocalDate, Holiday> days = new TreeMap<>();
		Set<Holiday> holidays = region == null
				? manager(country).getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)
				: manager(country).getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, region);
		holidays.forEach((holiday) -> days.put(holiday.getDate(), holiday));
		return Map.copyOf(days);
	}

	private static HolidayManager manager(String country) {
		return MANAGERS.computeIfAbsent(country,
				(code) -> HolidayManager.getInstance(ManagerParameters.create(code)));
	}

}
