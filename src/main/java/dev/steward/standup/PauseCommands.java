package dev.steward.standup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.steward.chat.ChatMessage;
import dev.steward.command.Args;
import dev.steward.command.CommandRequest;
import dev.steward.command.Dates;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.team.CalendarChanged;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /standup pause [until <date>]} and {@code /standup resume}, for PMs: while paused there is no prompt,
 * reminder or summary, and answers are refused; history stays. The channel hears of both.
 */
@Component
class PauseCommands {

	static final String HELP = """
			/standup pause [name] [until <date>]: (PMs) no prompts, reminders or summary from today until the date, \
			or until resumed
			/standup resume [name]: (PMs) run the stand-up again from today
			""";

	private final TeamDirectory directory;

	private final StandupRepository standups;

	private final Schedules schedules;

	private final DeliveryQueue deliveries;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	private final WhichStandup which;

	PauseCommands(TeamDirectory directory, StandupRepository standups, Schedules schedules, DeliveryQueue deliveries,
			ApplicationEventPublisher events, java.time.Clock clock, WhichStandup which) {
		this.which = which;
		this.directory = directory;
		this.standups = standups;
		this.schedules = schedules;
		this.deliveries = deliveries;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Reply pause(CommandRequest request, Args given) {
		Team team = directory.teamFor(request);
		directory.requirePm(team, request.actor().userId());
		WhichStandup.Choice choice = which.one(team, given,
				(words) -> words.isEmpty() || words.get(0).equalsIgnoreCase("until"));
		StandupConfig config = choice.config();
		Args args = choice.args();
		Instant now = clock.instant();
		LocalDate today = schedules.of(config, team).teamDate(now);
		LocalDate until = null;
		if (args.size() > 1) {
			if (!args.word(1).equals("until") || args.raw(2).isEmpty() || args.size() > 3) {
				throw new UsageException("Write /standup pause, or /standup pause until <date> (YYYY-MM-DD, tomorrow "
						+ "or a weekday), with the stand-up's name after pause when the channel has several.");
			}
			until = Args.date(args.raw(2), today);
			if (until.isBefore(today)) {
				throw new UsageException(Dates.day(until, today) + " is in the past; give the last day to pause.");
			}
		}
		boolean several = standups.several(team.id());
		standups.pause(config.id(), new StandupPause(today, until, request.actor().userId()));
		events.publishEvent(new CalendarChanged(team.id()));
		String span = (until == null) ? "until a PM types /standup resume"
				: "through " + Dates.day(until, today) + " (it runs again the day after)";
		deliveries.post("standup-paused:" + config.id() + ":" + now.toEpochMilli(), team.channel(),
				ChatMessage.text(StandupMessages.the(config, several) + " is paused " + span
						+ ": no prompts, reminders or summary meanwhile. "
						+ "Answers so far stay in the history."));
		return Reply.text("Paused " + team.name() + "'s " + StandupMessages.name(config, several) + " " + span + ".");
	}

	@Transactional
	Reply resume(CommandRequest request, Args args) {
		Team team = directory.teamFor(request);
		directory.requirePm(team, request.actor().userId());
		WhichStandup.Choice choice = which.one(team, args, List::isEmpty);
		if (choice.args().size() > 1) {
			throw new UsageException("Write just /standup resume, with the stand-up's name when the channel has "
					+ "several.");
		}
		StandupConfig config = choice.config();
		boolean several = standups.several(team.id());
		if (!standups.resume(config.id())) {
			throw new UsageException(team.name() + "'s " + StandupMessages.name(config, several) + " is not paused.");
		}
		events.publishEvent(new CalendarChanged(team.id()));
		deliveries.post("standup-resumed:" + config.id() + ":" + clock.instant().toEpochMilli(), team.channel(),
				ChatMessage.text(StandupMessages.the(config, several) + " runs again from today."));
		return Reply.text("Resumed " + team.name() + "'s " + StandupMessages.name(config, several) + ".");
	}

}
