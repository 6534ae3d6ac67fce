package dev.steward.standup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.steward.chat.ChatMessage;
import dev.steward.command.Args;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.i18n.Words;
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
		Words words = Words.current();
		Instant now = clock.instant();
		LocalDate today = schedules.of(config, team).teamDate(now);
		LocalDate until = until(words, args, today);
		boolean several = standups.several(team.id());
		standups.pause(config.id(), new StandupPause(today, until, request.actor().userId()));
		events.publishEvent(new CalendarChanged(team.id()));
		Words teamWords = team.words();
		deliveries.post("standup-paused:" + config.id() + ":" + now.toEpochMilli(), team.channel(),
				ChatMessage.text(teamWords.get("setup.pause.notice", StandupNames.the(teamWords, config, several),
						span(teamWords, until, today))));
		return Reply.text(words.get("setup.pause.done", StandupNames.whose(words, team, config, several),
				span(words, until, today)));
	}

	/** The last paused day the command gives, or null for until resumed. */
	private static LocalDate until(Words words, Args args, LocalDate today) {
		if (args.size() <= 1) {
			return null;
		}
		if (!args.word(1).equals("until") || args.raw(2).isEmpty() || args.size() > 3) {
			throw new UsageException(words.get("setup.pause.usage"));
		}
		LocalDate until = Args.date(args.raw(2), today);
		if (until.isBefore(today)) {
			throw new UsageException(words.get("setup.pause.past", words.day(until, today)));
		}
		return until;
	}

	private static String span(Words words, LocalDate until, LocalDate today) {
		return (until == null) ? words.get("setup.pause.until-resumed")
				: words.get("setup.pause.through", words.day(until, today));
	}

	@Transactional
	Reply resume(CommandRequest request, Args args) {
		Team team = directory.teamFor(request);
		directory.requirePm(team, request.actor().userId());
		WhichStandup.Choice choice = which.one(team, args, List::isEmpty);
		Words words = Words.current();
		if (choice.args().size() > 1) {
			throw new UsageException(words.get("setup.resume.usage"));
		}
		StandupConfig config = choice.config();
		boolean several = standups.several(team.id());
		if (!standups.resume(config.id())) {
			throw new UsageException(words.get("setup.resume.not-paused",
					StandupNames.whose(words, team, config, several)));
		}
		events.publishEvent(new CalendarChanged(team.id()));
		Words teamWords = team.words();
		deliveries.post("standup-resumed:" + config.id() + ":" + clock.instant().toEpochMilli(), team.channel(),
				ChatMessage.text(teamWords.get("setup.resume.notice", StandupNames.the(teamWords, config, several))));
		return Reply.text(words.get("setup.resume.done", StandupNames.whose(words, team, config, several)));
	}

}
