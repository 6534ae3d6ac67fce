package dev.steward.escalation;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import dev.steward.command.Args;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.i18n.Words;
import dev.steward.impediment.ImpedimentSubcommand;
import dev.steward.impediment.WorkingAge;
import dev.steward.team.Team;
import dev.steward.team.TeamCalendar;
import dev.steward.team.TeamCalendars;
import dev.steward.team.TeamDirectory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /impediment calendar}: the team's working days, hours and holidays, in which ages and thresholds count;
 * PMs change them. Every change reschedules the team's open impediments.
 */
@Component
class CalendarCommand implements ImpedimentSubcommand {

	private final TeamDirectory directory;

	private final TeamCalendars calendars;

	private final PolicyRepository policies;

	private final WorkingAge ages;

	CalendarCommand(TeamDirectory directory, TeamCalendars calendars, PolicyRepository policies, WorkingAge ages) {
		this.directory = directory;
		this.calendars = calendars;
		this.policies = policies;
		this.ages = ages;
	}

	@Override
	public String word() {
		return "calendar";
	}

	@Override
	public String help() {
		return Words.current().get("escalation.calendar.help");
	}

	@Override
	@Transactional
	public Reply handle(CommandRequest request, Args args) {
		Team team = directory.teamFor(request);
		TeamCalendar calendar = ages.calendar(team);
		if (!args.word(1).isEmpty()) {
			directory.requirePm(team, request.actor().userId());
			if (args.word(1).equals("holidays")) {
				calendars.replaceHolidays(team, holidays(args));
			}
			else {
				calendars.save(team, switch (args.word(1)) {
					case "hours" -> hours(calendar, args.raw(2));
					case "days" -> calendar.withWorkDays(days(args.rest(2)));
					default -> throw new UsageException(
							Words.current().get("escalation.calendar.unknown", args.raw(1), help()));
				});
			}
			calendar = calendars.calendar(team);
		}
		return Reply.message(PolicyCommand.show(Words.current(), team, policies.policy(team.id()), calendar));
	}

	private static TeamCalendar hours(TeamCalendar calendar, String spec) {
		String[] parts = spec.split("-");
		try {
			LocalTime start = Args.time(parts[0]);
			LocalTime end = Args.time(parts.length > 1 ? parts[1] : "");
			if (!end.isAfter(start)) {
				throw new UsageException(Words.current().get("escalation.calendar.end-after"));
			}
			return calendar.withHours(start, end);
		}
		catch (UsageException ex) {
			throw new UsageException(Words.current().get("escalation.calendar.hours"));
		}
	}

	private static Set<DayOfWeek> days(String spec) {
		String lower = spec.toLowerCase(Locale.ROOT).replace(" ", "");
		EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String part : lower.split(",")) {
			String[] range = part.split("-");
			DayOfWeek from = day(range[0]);
			DayOfWeek to = range.length > 1 ? day(range[1]) : from;
			for (DayOfWeek day = from;; day = day.plus(1)) {
				days.add(day);
				if (day == to) {
					break;
				}
			}
		}
		return days;
	}

	private static DayOfWeek day(String word) {
		for (DayOfWeek day : DayOfWeek.values()) {
			if (word.length() >= 3 && day.name().toLowerCase(Locale.ROOT).startsWith(word)) {
				return day;
			}
		}
		throw new UsageException(Words.current().get("escalation.calendar.day", word));
	}

	private static Set<LocalDate> holidays(Args args) {
		if (args.word(2).equals("none")) {
			return Set.of();
		}
		Set<LocalDate> dates = new HashSet<>();
		for (String word : args.drop(2).words()) {
			try {
				dates.add(LocalDate.parse(word));
			}
			catch (DateTimeException ex) {
				throw new UsageException(Words.current().get("escalation.calendar.date", word));
			}
		}
		if (dates.isEmpty()) {
			throw new UsageException(Words.current().get("escalation.calendar.no-dates"));
		}
		return dates;
	}

}
