package dev.steward.standup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.steward.command.Args;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.Suggestions;
import dev.steward.command.UsageException;
import dev.steward.i18n.Words;
import dev.steward.team.CalendarFeed;
import dev.steward.team.CalendarFeeds;
import dev.steward.team.Member;
import dev.steward.team.PublicHolidays;
import dev.steward.team.Team;
import dev.steward.team.TeamCalendar;
import dev.steward.team.TeamCalendars;
import dev.steward.team.TeamDirectory;

import org.springframework.stereotype.Component;

/**
 * {@code /standup holidays}: the team's own holidays (dates and ranges, with a name) and the country whose public
 * holidays apply, and a team calendar whose out-of-office days become holidays. There is no stand-up on any of them,
 * and impediment ages do not count them. PMs change them.
 */
@Component
class HolidayCommands {

	private static final int LISTED = 30;

	private final TeamDirectory directory;

	private final TeamCalendars calendars;

	private final CalendarFeeds feeds;

	private final Today today;

	HolidayCommands(TeamDirectory directory, TeamCalendars calendars, CalendarFeeds feeds, Today today) {
		this.directory = directory;
		this.calendars = calendars;
		this.feeds = feeds;
		this.today = today;
	}

	Reply handle(CommandRequest request, Args args) {
		Words words = Words.current();
		Team team = directory.teamFor(request);
		LocalDate day = today.of(team);
		String word = args.word(1);
		if (!word.isEmpty() && !word.equals("list")) {
			directory.requirePm(team, request.actor().userId());
		}
		return switch (word) {
			case "", "list" -> list(words, team, day);
			case "add" -> add(words, team, args.drop(2), day);
			case "remove" -> remove(words, team, args.drop(2), day);
			case "country" -> country(words, team, args.drop(2));
			case "calendar" -> calendar(words, team, directory.requirePm(team, request.actor().userId()),
					args.drop(2), day);
			default -> throw new UsageException(words.get("setup.holidays.unknown", args.raw(1),
					Suggestions.didYouMean(word, List.of("list", "add", "remove", "country", "calendar"),
							"/standup holidays "),
					words.get("setup.help.holidays")));
		};
	}

	private Reply add(Words words, Team team, Args args, LocalDate day) {
		NamedDays dates = dates(words, args, true, day);
		if (dates.days().isEmpty()) {
			throw new UsageException(words.get("setup.holidays.add.usage", day.plusDays(7).toString()));
		}
		if (dates.days().size() > TeamCalendars.MAX_ADDED) {
			throw new UsageException(words.get("setup.holidays.add.too-many", Integer.toString(dates.days().size()),
					Integer.toString(TeamCalendars.MAX_ADDED)));
		}
		int kept = calendars.holidays(team).size();
		if (kept + dates.days().size() > TeamCalendars.MAX_KEPT) {
			throw new UsageException(words.get("setup.holidays.add.full", team.name(), Integer.toString(kept),
					Integer.toString(TeamCalendars.MAX_KEPT)));
		}
		Map<LocalDate, String> named = new TreeMap<>();
		dates.days().forEach((date) -> named.put(date, dates.name()));
		calendars.addHolidays(team, named);
		return Reply.text(words.get("setup.holidays.added", describe(words, dates.days(), day)
				+ (dates.name() == null ? "" : " (" + dates.name() + ")")));
	}

	private Reply remove(Words words, Team team, Args args, LocalDate day) {
		NamedDays dates = dates(words, args, false, day);
		if (dates.days().isEmpty()) {
			throw new UsageException(words.get("setup.holidays.remove.usage", day.plusDays(7).toString()));
		}
		int removed = calendars.removeHolidays(team, new java.util.HashSet<>(dates.days()));
		return Reply.text(removed == 0 ? words.get("setup.holidays.removed-none", team.name())
				: words.get("setup.holidays.removed", removed, describe(words, dates.days(), day)));
	}

	private Reply country(Words words, Team team, Args args) {
		if (args.isEmpty() || args.size() > 2) {
			throw new UsageException(words.get("setup.holidays.country.usage"));
		}
		TeamCalendar calendar = calendars.calendar(team);
		PublicHolidays holidays;
		try {
			holidays = args.word(0).equals("none") ? PublicHolidays.none()
					: PublicHolidays.of(args.word(0), args.size() > 1 ? args.word(1) : null);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException(ex.getMessage() + " " + words.get("setup.nothing-changed"));
		}
		calendars.save(team, new TeamCalendar(calendar.zone(), calendar.workDays(), calendar.dayStart(),
				calendar.dayEnd(), calendar.holidays(), holidays));
		return Reply.text(holidays.isEmpty() ? words.get("setup.holidays.country.none", team.name())
				: words.get("setup.holidays.country.set", holidays.describe(words), team.name()));
	}

	private Reply calendar(Words words, Team team, Member pm, Args args, LocalDate day) {
		if (args.size() > 1) {
			throw new UsageException(words.get("setup.holidays.calendar.usage"));
		}
		if (args.isEmpty()) {
			return Reply.text(feeds.of(team).map((feed) -> words.get("setup.holidays.calendar.of", team.name(),
					feed.where(words)) + CalendarFeedStatus.of(words, feed, day, team.zone()))
				.orElse(words.get("setup.holidays.calendar.none", team.name())));
		}
		if (args.word(0).equals("off")) {
			return Reply.text(words.get(feeds.removeFor(team, day) ? "setup.holidays.calendar.off"
					: "setup.holidays.calendar.nothing-to-stop", team.name()));
		}
		CalendarFeed feed = feeds.setFor(team, pm, args.raw(0));
		return Reply.text(words.get("setup.holidays.calendar.set", team.name(), feed.where(words)));
	}

	private Reply list(Words words, Team team, LocalDate day) {
		TeamCalendar calendar = calendars.calendar(team);
		Map<LocalDate, String> own = new TreeMap<>(calendars.holidays(team));
		own.keySet().removeIf((date) -> date.isBefore(day));
		Map<LocalDate, String> common = calendar.publicHolidays().between(day, day.plusYears(1), words);
		StringBuilder text = new StringBuilder(words.get("setup.holidays.list.own", team.name()));
		lines(words, text, own, day, words.get("setup.holidays.list.none-own"));
		text.append("\n").append(calendar.publicHolidays().isEmpty() ? words.get("setup.holidays.list.public")
				: words.get("setup.holidays.list.public-of", calendar.publicHolidays().describe(words)));
		lines(words, text, common, day, words.get(calendar.publicHolidays().isEmpty()
				? "setup.holidays.list.no-country" : "setup.holidays.list.none-public"));
		return Reply.text(text.toString());
	}

	private static void lines(Words words, StringBuilder text, Map<LocalDate, String> holidays, LocalDate day,
			String none) {
		if (holidays.isEmpty()) {
			text.append(" ").append(none);
			return;
		}
		holidays.entrySet().stream().limit(LISTED).forEach((holiday) -> text.append("\n\u2022 ")
			.append(words.day(holiday.getKey(), day))
			.append(holiday.getValue() == null ? "" : " \u00b7 " + holiday.getValue()));
		if (holidays.size() > LISTED) {
			text.append("\n").append(words.get("setup.holidays.list.more", Integer.toString(holidays.size() - LISTED)));
		}
	}

	private static String describe(Words words, List<LocalDate> days, LocalDate today) {
		if (days.size() > 1 && ChronoUnit.DAYS.between(days.get(0), days.get(days.size() - 1)) == days.size() - 1) {
			return words.range(days.get(0), days.get(days.size() - 1), today);
		}
		return String.join(", ", days.stream().map((date) -> words.day(date, today)).toList());
	}

	/** The days a command names, in order, and the name after them. */
	private record NamedDays(List<LocalDate> days, String name) {

	}

	private static NamedDays dates(Words words, Args args, boolean named, LocalDate today) {
		java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
		List<String> written = args.words();
		int i = 0;
		for (; i < written.size(); i++) {
			String word = written.get(i);
			if (word.equalsIgnoreCase("to") && !days.isEmpty() && i + 1 < written.size()) {
				days.addAll(range(words, days.last(), Args.date(written.get(++i), today)));
			}
			else if (word.contains("..")) {
				String[] ends = word.split("\\.\\.", 2);
				days.addAll(range(words, Args.date(ends[0], today), Args.date(ends[1], today)));
			}
			else if (looksLikeDate(word)) {
				days.add(Args.date(word, today));
			}
			else {
				break;
			}
		}
		if (i < written.size() && !named) {
			throw new UsageException(words.get("setup.holidays.not-a-date", written.get(i)));
		}
		String name = i < written.size() ? String.join(" ", written.subList(i, written.size())) : null;
		if (name != null && name.length() > 100) {
			throw new UsageException(words.get("setup.holidays.name-long"));
		}
		return new NamedDays(new ArrayList<>(days), name);
	}

	private static boolean looksLikeDate(String word) {
		return word.matches("\\d{4}-\\d{1,2}-\\d{1,2}") || word.equalsIgnoreCase("today")
				|| word.equalsIgnoreCase("tomorrow");
	}

	private static List<LocalDate> range(Words words, LocalDate first, LocalDate last) {
		if (last.isBefore(first)) {
			throw new UsageException(words.get("setup.holidays.backwards", first.toString(), last.toString()));
		}
		long length = ChronoUnit.DAYS.between(first, last) + 1;
		if (length > TeamCalendars.MAX_ADDED) {
			throw new UsageException(words.get("setup.holidays.range-too-long", Long.toString(length),
					Integer.toString(TeamCalendars.MAX_ADDED)));
		}
		return first.datesUntil(last.plusDays(1)).toList();
	}

}
