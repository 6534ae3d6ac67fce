package dev.steward.standup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.steward.command.Args;
import dev.steward.command.CommandRequest;
import dev.steward.command.Dates;
import dev.steward.command.Reply;
import dev.steward.command.Suggestions;
import dev.steward.command.UsageException;
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

	static final String HELP = """
			/standup holidays [list]: the team's holidays and public holidays for the next year
			/standup holidays add <date>[..<date>] [more dates] [name]: (PMs) days without a stand-up
			/standup holidays remove <date>[..<date>] [more dates]: (PMs) days with a stand-up again
			/standup holidays country <code> [region] | country none: (PMs) a country's public holidays apply
			/standup holidays calendar [<secret iCal address> | off]: (PMs) a team calendar's out-of-office days \
			become holidays""";

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
		Team team = directory.teamFor(request);
		LocalDate day = today.of(team);
		String word = args.word(1);
		if (!word.isEmpty() && !word.equals("list")) {
			directory.requirePm(team, request.actor().userId());
		}
		return switch (word) {
			case "", "list" -> list(team, day);
			case "add" -> add(team, args.drop(2), day);
			case "remove" -> remove(team, args.drop(2), day);
			case "country" -> country(team, args.drop(2));
			case "calendar" -> calendar(team, directory.requirePm(team, request.actor().userId()), args.drop(2), day);
			default -> throw new UsageException("I don't know '/standup holidays " + args.raw(1) + "'."
					+ Suggestions.didYouMean(word, List.of("list", "add", "remove", "country", "calendar"), "/standup holidays ")
					+ "\n" + HELP);
		};
	}

	private Reply add(Team team, Args args, LocalDate day) {
		NamedDays dates = dates(args, true, day);
		if (dates.days().isEmpty()) {
			throw new UsageException("Give the holiday's date, for example /standup holidays add " + day.plusDays(7)
					+ " Team offsite, or a range such as 2026-12-24..2026-12-26.");
		}
		if (dates.days().size() > TeamCalendars.MAX_ADDED) {
			throw new UsageException("That is " + dates.days().size() + " days; add at most " + TeamCalendars.MAX_ADDED
					+ " at a time. Nothing was added.");
		}
		int kept = calendars.holidays(team).size();
		if (kept + dates.days().size() > TeamCalendars.MAX_KEPT) {
			throw new UsageException(team.name() + " has " + kept + " holidays; a team keeps at most "
					+ TeamCalendars.MAX_KEPT + ". Remove past ones first. Nothing was added.");
		}
		Map<LocalDate, String> named = new TreeMap<>();
		dates.days().forEach((date) -> named.put(date, dates.name()));
		calendars.addHolidays(team, named);
		return Reply.text("Added " + describe(dates.days(), day) + (dates.name() == null ? "" : " (" + dates.name()
				+ ")") + ": no stand-up, and impediment ages stand still.");
	}

	private Reply remove(Team team, Args args, LocalDate day) {
		NamedDays dates = dates(args, false, day);
		if (dates.days().isEmpty()) {
			throw new UsageException("Give the dates to remove, for example /standup holidays remove "
					+ day.plusDays(7) + ".");
		}
		int removed = calendars.removeHolidays(team, new java.util.HashSet<>(dates.days()));
		return Reply.text(removed == 0 ? "None of those days was a holiday of " + team.name() + "."
				: "Removed " + removed + " holiday" + (removed == 1 ? "" : "s") + ": " + describe(dates.days(), day)
						+ ".");
	}

	private Reply country(Team team, Args args) {
		if (args.isEmpty() || args.size() > 2) {
			throw new UsageException("Name the country by its two-letter code, and a region if it matters: "
					+ "/standup holidays country de by, or /standup holidays country none.");
		}
		TeamCalendar calendar = calendars.calendar(team);
		PublicHolidays holidays;
		try {
			holidays = args.word(0).equals("none") ? PublicHolidays.none()
					: PublicHolidays.of(args.word(0), args.size() > 1 ? args.word(1) : null);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException(ex.getMessage() + " Nothing was changed.");
		}
		calendars.save(team, new TeamCalendar(calendar.zone(), calendar.workDays(), calendar.dayStart(),
				calendar.dayEnd(), calendar.holidays(), holidays));
		return Reply.text(holidays.isEmpty() ? "No country's public holidays apply to " + team.name() + " now."
				: "The public holidays of " + holidays.describe() + " apply to " + team.name()
						+ " now. /standup holidays lists the next ones.");
	}

	private Reply calendar(Team team, Member pm, Args args, LocalDate day) {
		if (args.size() > 1) {
			throw new UsageException("Give one address: /standup holidays calendar <secret iCal address>, or "
					+ "/standup holidays calendar off.");
		}
		if (args.isEmpty()) {
			return Reply.text(feeds.of(team).map((feed) -> "The calendar of " + team.name() + ": " + feed.where()
					+ CalendarFeedStatus.of(feed, day, team.zone()))
				.orElse(team.name() + " has no calendar. A PM gives one with /standup holidays calendar <secret iCal "
						+ "address>: its all-day \"holiday\" or out-of-office events become the team's holidays."));
		}
		if (args.word(0).equals("off")) {
			return Reply.text(feeds.removeFor(team, day) ? "I no longer read the calendar of " + team.name()
					+ "; the holidays it gave from today on are gone, those added by hand stay."
					: team.name() + " has no calendar to stop reading.");
		}
		CalendarFeed feed = feeds.setFor(team, pm, args.raw(0));
		return Reply.text("I'll read the calendar of " + team.name() + " (" + feed.where() + ") within a minute and "
				+ "then regularly: its all-day \"holiday\" or out-of-office days become holidays (no stand-up, "
				+ "ages stand still); holidays added by hand stay as they are. If it can't be read, I'll tell you.");
	}

	private Reply list(Team team, LocalDate day) {
		TeamCalendar calendar = calendars.calendar(team);
		Map<LocalDate, String> own = new TreeMap<>(calendars.holidays(team));
		own.keySet().removeIf((date) -> date.isBefore(day));
		Map<LocalDate, String> common = calendar.publicHolidays().between(day, day.plusYears(1));
		StringBuilder text = new StringBuilder("Holidays of " + team.name() + " (no stand-up, ages stand still):");
		lines(text, own, day, "none planned; a PM adds them with /standup holidays add <date> [name]");
		text.append("\nPublic holidays").append(calendar.publicHolidays().isEmpty() ? ""
				: " of " + calendar.publicHolidays().describe()).append(":");
		lines(text, common, day, calendar.publicHolidays().isEmpty()
				? "none; a PM can add a country's with /standup holidays country <code> [region]" : "none in the next year");
		return Reply.text(text.toString());
	}

	private static void lines(StringBuilder text, Map<LocalDate, String> holidays, LocalDate day, String none) {
		if (holidays.isEmpty()) {
			text.append(" ").append(none);
			return;
		}
		holidays.entrySet().stream().limit(LISTED).forEach((holiday) -> text.append("\n\u2022 ")
			.append(Dates.day(holiday.getKey(), day))
			.append(holiday.getValue() == null ? "" : " \u00b7 " + holiday.getValue()));
		if (holidays.size() > LISTED) {
			text.append("\n\u2026and ").append(holidays.size() - LISTED).append(" more");
		}
	}

	private static String describe(List<LocalDate> days, LocalDate today) {
		if (days.size() > 1 && ChronoUnit.DAYS.between(days.get(0), days.get(days.size() - 1)) == days.size() - 1) {
			return Dates.range(days.get(0), days.get(days.size() - 1), today);
		}
		return String.join(", ", days.stream().map((date) -> Dates.day(date, today)).toList());
	}

	/** The days a command names, in order, and the name after them. */
	private record NamedDays(List<LocalDate> days, String name) {

	}

	private static NamedDays dates(Args args, boolean named, LocalDate today) {
		java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
		List<String> words = args.words();
		int i = 0;
		for (; i < words.size(); i++) {
			String word = words.get(i);
			if (word.equalsIgnoreCase("to") && !days.isEmpty() && i + 1 < words.size()) {
				days.addAll(range(days.last(), Args.date(words.get(++i), today)));
			}
			else if (word.contains("..")) {
				String[] ends = word.split("\\.\\.", 2);
				days.addAll(range(Args.date(ends[0], today), Args.date(ends[1], today)));
			}
			else if (looksLikeDate(word)) {
				days.add(Args.date(word, today));
			}
			else {
				break;
			}
		}
		if (i < words.size() && !named) {
			throw new UsageException("'" + words.get(i) + "' is not a date; write dates as YYYY-MM-DD, or ranges as "
					+ "2026-12-24..2026-12-26.");
		}
		String name = i < words.size() ? String.join(" ", words.subList(i, words.size())) : null;
		if (name != null && name.length() > 100) {
			throw new UsageException("Keep the holiday's name under 100 characters.");
		}
		return new NamedDays(new ArrayList<>(days), name);
	}

	private static boolean looksLikeDate(String word) {
		return word.matches("\\d{4}-\\d{1,2}-\\d{1,2}") || word.equalsIgnoreCase("today")
				|| word.equalsIgnoreCase("tomorrow");
	}

	private static List<LocalDate> range(LocalDate first, LocalDate last) {
		if (last.isBefore(first)) {
			throw new UsageException("The range " + first + ".." + last + " ends before it starts; put the first day "
					+ "first.");
		}
		long length = ChronoUnit.DAYS.between(first, last) + 1;
		if (length > TeamCalendars.MAX_ADDED) {
			throw new UsageException("That range is " + length + " days; add at most " + TeamCalendars.MAX_ADDED
					+ " at a time. Nothing was added.");
		}
		return first.datesUntil(last.plusDays(1)).toList();
	}

}
