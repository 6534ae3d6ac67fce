package dev.steward.team;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;


/**
 * Reads an ICS calendar for the days its owner is away: events marked out of office (Outlook's busy status or
 * intended status OOF), and all-day events whose title says so in one of the configured words; recurring events are
 * expanded over the window asked for, and an ordinary meeting is never an absence.
 */
final class IcsAbsences {

	private static final String OUT_OF_OFFICE = "OOF";

	private final Pattern words;

	private final Duration minAway;

	IcsAbsences(List<String> words, Duration minAway) {
		this.words = Pattern.compile(words.stream().map(Pattern::quote).collect(Collectors.joining("|", "\\b(?:", ")\\b")),
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		this.minAway = minAway;
	}

	/**
	 * The days from {@code first} to {@code last} the calendar says its owner is away, each with the event's title.
	 * @param zone the owner's zone, in which timed and floating events are placed on days
	 * @throws Unreadable when the text is not a calendar
	 */
	SortedMap<LocalDate, String> read(InputStream ics, ZoneId zone, LocalDate first, LocalDate last) throws Unreadable {
		Calendar calendar;
		try {
			calendar = new CalendarBuilder().build(ics);
		}
		catch (IOException | ParserException | RuntimeException ex) {
			throw new Unreadable("team.feed.reason.not-a-calendar", ex.getClass().getSimpleName());
		}
		try {
			return absences(calendar.getComponents(Component.VEVENT), zone, first, last);
		}
		catch (RuntimeException ex) {
			throw new Unreadable("team.feed.reason.bad-event", ex.getClass().getSimpleName());
		}
	}

	private SortedMap<LocalDate, String> absences(List<VEvent> events, ZoneId zone, LocalDate first, LocalDate last) {
		Map<String, Set<LocalDate>> changed = changedOccurrences(events, zone);
		SortedMap<LocalDate, String> away = new TreeMap<>();
		for (VEvent event : events) {
			if (isAbsence(event)) {
				String title = text(event, Property.SUMMARY).orElse("Out of office");
				Set<LocalDate> skipped = isChange(event) ? Set.of()
						: changed.getOrDefault(text(event, Property.UID).orElse(""), Set.of());
				for (LocalDate day : days(event, first, last, zone, skipped)) {
					if (!day.isBefore(first) && !day.isAfter(last)) {
						away.putIfAbsent(day, title);
					}
				}
			}
		}
		return away;
	}

	/**
	 * The days of the occurrences of recurring events that were changed or cancelled one by one (an event with the
	 * same UID and a RECURRENCE-ID), by UID: the recurring event no longer takes place on them as its rule says.
	 */
	private static Map<String, Set<LocalDate>> changedOccurrences(List<VEvent> events, ZoneId zone) {
		Map<String, Set<LocalDate>> changed = new HashMap<>();
		for (VEvent event : events) {
			Optional<String> uid = text(event, Property.UID);
			Optional<DateProperty<Temporal>> recurrenceId = event.getProperty(Property.RECURRENCE_ID);
			if (uid.isPresent() && recurrenceId.isPresent() && recurrenceId.get().getDate() != null) {
				changed.computeIfAbsent(uid.get(), (key) -> new HashSet<>())
					.add(at(recurrenceId.get().getDate(), zone).toLocalDate());
			}
		}
		return changed;
	}

	private static boolean isChange(VEvent event) {
		return event.getProperty(Property.RECURRENCE_ID).isPresent();
	}

	private boolean isAbsence(VEvent event) {
		if (text(event, Property.STATUS).filter("CANCELLED"::equalsIgnoreCase).isPresent()) {
			return false;
		}
		boolean outOfOffice = text(event, "X-MICROSOFT-CDO-BUSYSTATUS").filter(OUT_OF_OFFICE::equalsIgnoreCase)
			.or(() -> text(event, "X-MICROSOFT-CDO-INTENDEDSTATUS").filter(OUT_OF_OFFICE::equalsIgnoreCase))
			.isPresent();
		return outOfOffice || (isAllDay(event) && text(event, Property.SUMMARY).filter(this::saysAway).isPresent());
	}

	private boolean saysAway(String title) {
		return words.matcher(title).find();
	}

	private static boolean isAllDay(VEvent event) {
		return event.getStartDate().map((start) -> start.getDate() instanceof LocalDate).orElse(false);
	}

	private Set<LocalDate> days(VEvent event, LocalDate first, LocalDate last, ZoneId zone, Set<LocalDate> skipped) {
		Set<LocalDate> days = new TreeSet<>();
		for (Period<Temporal> occurrence : event.<Temporal>calculateRecurrenceSet(window(event, first, last, zone))) {
			Temporal start = occurrence.getStart();
			if (skipped.contains(at(start, zone).toLocalDate())) {
				continue;
			}
			if (start instanceof LocalDate) {
				LocalDate end = (LocalDate) occurrence.getEnd();
				LocalDate day = (LocalDate) start;
				do {
					days.add(day);
					day = day.plusDays(1);
				}
				while (day.isBefore(end));
			}
			else {
				days.addAll(coveredDays(at(start, zone), at(occurrence.getEnd(), zone)));
			}
		}
		return days;
	}

	/** The window in the type of the event's start, which is what ical4j expands recurrences in. */
	private static Period<? extends Temporal> window(VEvent event, LocalDate first, LocalDate last, ZoneId zone) {
		Temporal start = event.getStartDate().map((date) -> (Temporal) date.getDate()).orElse(first);
		LocalDate end = last.plusDays(1);
		if (start instanceof LocalDate) {
			return new Period<>(first, end);
		}
		if (start instanceof LocalDateTime) {
			return new Period<>(first.atStartOfDay(), end.atStartOfDay());
		}
		if (start instanceof Instant) {
			return new Period<>(first.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant());
		}
		if (start instanceof OffsetDateTime) {
			return new Period<>(first.atStartOfDay(zone).toOffsetDateTime(), end.atStartOfDay(zone).toOffsetDateTime());
		}
		return new Period<>(first.atStartOfDay(zone), end.atStartOfDay(zone));
	}

	/** The days of which the span covers at least the minimum. */
	private Set<LocalDate> coveredDays(ZonedDateTime start, ZonedDateTime end) {
		Set<LocalDate> days = new TreeSet<>();
		for (LocalDate day = start.toLocalDate(); day.atStartOfDay(start.getZone()).isBefore(end); day = day.plusDays(1)) {
			ZonedDateTime from = latest(start, day.atStartOfDay(start.getZone()));
			ZonedDateTime to = earliest(end, day.plusDays(1).atStartOfDay(start.getZone()));
			if (Duration.between(from, to).compareTo(minAway) >= 0) {
				days.add(day);
			}
		}
		return days;
	}

	private static ZonedDateTime latest(ZonedDateTime a, ZonedDateTime b) {
		return a.isAfter(b) ? a : b;
	}

	private static ZonedDateTime earliest(ZonedDateTime a, ZonedDateTime b) {
		return a.isBefore(b) ? a : b;
	}

	private static ZonedDateTime at(Temporal time, ZoneId zone) {
		if (time instanceof ZonedDateTime) {
			return ((ZonedDateTime) time).withZoneSameInstant(zone);
		}
		if (time instanceof OffsetDateTime) {
			return ((OffsetDateTime) time).atZoneSameInstant(zone);
		}
		if (time instanceof Instant) {
			return ((Instant) time).atZone(zone);
		}
		if (time instanceof LocalDateTime) {
			return ((LocalDateTime) time).atZone(zone);
		}
		return LocalDate.from(time).atStartOfDay(zone);
	}

	private static Optional<String> text(Component component, String property) {
		return component.getProperty(property).map(Property::getValue).map(String::strip)
			.filter((value) -> !value.isEmpty())
			.map((value) -> value.length() > 100 ? value.substring(0, 100) : value);
	}

	/** A calendar that could not be read, with the reason. */
	static final class Unreadable extends WordedFailure {

		private static final long serialVersionUID = 1L;

		Unreadable(String key, Object... args) {
			super(key, args);
		}

	}

}
