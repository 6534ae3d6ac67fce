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

	private static final Map<String, Map<LocalDate, String>> YEARS = new ConcurrentHashMap<>();

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
		if (!supported || code.length() != 2) {
			throw new IllegalArgumentException("'" + country + "' is not a country I know public holidays for; use a "
					+ "two-letter code such as de, gb, us, in or es.");
		}
		String area = region == null || region.isBlank() ? null : region.toLowerCase(Locale.ROOT);
		if (area != null && !regions(code).contains(area)) {
			throw new IllegalArgumentException("'" + region + "' is not a region of " + code.toUpperCase(Locale.ROOT)
					+ "; its regions are " + String.join(", ", new java.util.TreeSet<>(regions(code))) + ".");
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
		return isEmpty() ? Optional.empty() : Optional.ofNullable(year(date.getYear()).get(date));
	}

	/** The holidays from one date to another, both included, with their names. */
	public Map<LocalDate, String> between(LocalDate from, LocalDate to) {
		Map<LocalDate, String> holidays = new TreeMap<>();
		if (isEmpty()) {
			return holidays;
		}
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			year(year).forEach((date, name) -> {
				if (!date.isBefore(from) && !date.isAfter(to)) {
					holidays.put(date, name);
				}
			});
		}
		return holidays;
	}

	/** "Germany (by)", for messages. */
	public String describe() {
		if (isEmpty()) {
			return "none";
		}
		String name = new Locale("", country).getDisplayCountry(Locale.ENGLISH);
		return (name.isBlank() ? country.toUpperCase(Locale.ROOT) : name) + (region == null ? "" : " (" + region + ")");
	}

	private Map<LocalDate, String> year(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			return Map.of();
		}
		return YEARS.computeIfAbsent(country + ":" + region + ":" + year, (key) -> compute(year));
	}

	private Map<LocalDate, String> compute(int year) {
		Map<LocalDate, String> days = new TreeMap<>();
		Set<Holiday> holidays = region == null
				? manager(country).getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)
				: manager(country).getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, region);
		holidays.forEach((holiday) -> days.put(holiday.getDate(), holiday.getDescription(Locale.ENGLISH)));
		return Map.copyOf(days);
	}

	private static HolidayManager manager(String country) {
		return MANAGERS.computeIfAbsent(country,
				(code) -> HolidayManager.getInstance(ManagerParameters.create(code)));
	}

}
