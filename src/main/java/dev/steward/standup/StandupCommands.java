package dev.steward.standup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.command.Args;
import dev.steward.command.CommandHandler;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.team.Member;
import dev.steward.team.MemberAwayChanged;
import dev.steward.team.Role;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;
import dev.steward.team.TeamRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The {@code /standup} command: join, leave, skip, away, status, and for PMs setup and now. */
@Component
class StandupCommands implements CommandHandler {

	static final String HELP = """
			/standup join: take part in this channel's stand-up
			/standup leave: stop taking part
			/standup skip [date]: skip a day's stand-up (today unless you give YYYY-MM-DD, tomorrow or a weekday)
			/standup away <from> <to>: on leave, no prompts, shown as away (dates inclusive)
			/standup status: the setup and today's answers so far
			/standup setup: (PMs) members, times, days, time zones and questions
			/standup now: (PMs) prompt everyone for today's stand-up right away""";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

	private final TeamDirectory directory;

	private final TeamRepository teams;

	private final StandupRepository standups;

	private final StandupPrompter prompter;

	private final AnswerService answers;

	private final SetupForm setupForm;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StandupCommands(TeamDirectory directory, TeamRepository teams, StandupRepository standups,
			StandupPrompter prompter, AnswerService answers, SetupForm setupForm, ApplicationEventPublisher events,
			Clock clock) {
		this.directory = directory;
		this.teams = teams;
		this.standups = standups;
		this.prompter = prompter;
		this.answers = answers;
		this.setupForm = setupForm;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public String command() {
		return "standup";
	}

	@Override
	public String summary() {
		return "join, skip, go on leave, see the status; PMs set up and run stand-ups";
	}

	@Override
	public Reply handle(CommandRequest request) {
		Args args = request.args();
		return switch (args.word(0)) {
			case "join" -> join(request);
			case "leave" -> leave(request);
			case "skip" -> skip(request, args);
			case "away" -> away(request, args);
			case "status" -> status(request);
			case "setup" -> setup(request);
			case "now" -> now(request);
			case "", "help" -> Reply.text(HELP);
			default -> Reply.text("I don't know '/standup " + args.raw(0) + "'. Here is what I can do:\n" + HELP);
		};
	}

	private Reply join(CommandRequest request) {
		Team team = directory.teamFor(request);
		Member member = teams.addMember(team.id(), request.actor().userId(), request.actor().displayName(),
				Role.MEMBER, true);
		teams.setParticipates(member.id(), true);
		StandupConfig config = config(team);
		return Reply.text("You're in the " + team.name() + " stand-up: prompts at "
				+ config.promptTime() + (config.zonePolicy() == ZonePolicy.MEMBER ? " your time" : " " + team.zone())
				+ " on " + days(config) + ".");
	}

	private Reply leave(CommandRequest request) {
		Team team = directory.teamFor(request);
		Member member = directory.requireMember(team, request.actor().userId());
		teams.setParticipates(member.id(), false);
		return Reply.text("You left the " + team.name() + " stand-up. /standup join brings you back.");
	}

	private Reply skip(CommandRequest request, Args args) {
		Team team = directory.teamFor(request);
		Member member = directory.requireMember(team, request.actor().userId());
		StandupConfig config = config(team);
		StandupSchedule schedule = new StandupSchedule(config, team.zone());
		LocalDate today = schedule.memberDate(clock.instant(), member);
		LocalDate date = args.size() > 1 ? Args.date(args.raw(1), today) : today;
		if (date.isBefore(today)) {
			throw new UsageException(DAY.format(date) + " is in the past; you can skip today or a later day.");
		}
		if (!schedule.isStandupDay(date)) {
			throw new UsageException("There is no stand-up on " + DAY.format(date) + "; stand-up days are "
					+ days(config) + ".");
		}
		Run run = standups.run(team.id(), date, clock.instant());
		answers.skip(request.actor(), run.id());
		return Reply.message(StandupMessages.skipped(run));
	}

	private Reply away(CommandRequest request, Args args) {
		Team team = directory.teamFor(request);
		Member member = directory.requireMember(team, request.actor().userId());
		LocalDate today = new StandupSchedule(config(team), team.zone()).memberDate(clock.instant(), member);
		if (args.size() < 3) {
			throw new UsageException("Give the first and last day of your leave, for example: /standup away "
					+ today.plusDays(1) + " " + today.plusDays(5));
		}
		LocalDate from = Args.date(args.raw(1), today);
		LocalDate until = Args.date(args.raw(2), today);
		if (until.isBefore(from)) {
			throw new UsageException("Your leave ends (" + until + ") before it starts (" + from
					+ "); put the first day first.");
		}
		if (until.isBefore(today)) {
			throw new UsageException("That leave is over already; give dates from today on.");
		}
		teams.setAway(member.id(), from, until);
		events.publishEvent(new MemberAwayChanged(team.id(), member.userId()));
		return Reply.text("Enjoy your time off! From " + DAY.format(from) + " to " + DAY.format(until)
				+ " you get no prompts and show as away.");
	}

	private Reply status(CommandRequest request) {
		Team team = directory.teamFor(request);
		StandupConfig config = config(team);
		LocalDate today = clock.instant().atZone(team.zone()).toLocalDate();
		Optional<Run> run = standups.findRun(team.id(), today);
		Map<Long, Entry> entries = run.map((r) -> standups.entries(r.id())).orElse(Map.of());
		Text.Builder people = Text.builder();
		for (Member member : teams.members(team.id())) {
			if (member.participates()) {
				people.plain(member.displayName() + ": " + state(member, entries.get(member.id()), today) + "\n");
			}
		}
		ChatMessage message = ChatMessage.builder(team.name() + " stand-up status")
			.header(team.name() + " stand-up")
			.section(Text.plain("Prompts at " + config.promptTime() + " ("
					+ (config.zonePolicy() == ZonePolicy.MEMBER ? "each member's time" : team.zone().getId())
					+ "), reminder after " + config.reminderDelay().toMinutes() + " min, summary at "
					+ config.reportTime() + " " + team.zone().getId() + ", on " + days(config) + "."))
			.section(Text.builder().bold("Today, " + DAY.format(today)).plain("\n").append(people.build()).build())
			.build();
		return Reply.message(message);
	}

	private static String state(Member member, Entry entry, LocalDate today) {
		if (member.isAwayOn(today)) {
			return "away";
		}
		if (entry == null || entry.promptedAt() == null && !entry.isAnswered() && !entry.isSkipped()) {
			return "not prompted yet";
		}
		return entry.isAnswered() ? "answered" : entry.isSkipped() ? "skipped" : "waiting for an answer";
	}

	private Reply setup(CommandRequest request) {
		if (request.direct()) {
			throw new UsageException("Type /standup setup in your team's channel: its summary goes there.");
		}
		Team team = teams.findByChannel(request.actor().platform(), request.actor().workspaceId(), request.channelId())
			.orElse(null);
		if (team != null) {
			directory.requirePm(team, request.actor().userId());
		}
		return Reply.form(setupForm.build(request.actor(), request.channelId(), request.channelName(), team));
	}

	private Reply now(CommandRequest request) {
		Team team = directory.teamFor(request);
		directory.requirePm(team, request.actor().userId());
		StandupConfig config = config(team);
		Instant now = clock.instant();
		LocalDate today = now.atZone(team.zone()).toLocalDate();
		List<Member> eligible = teams.members(team.id())
			.stream()
			.filter((member) -> member.participates() && !member.isAwayOn(today))
			.toList();
		long prompted = eligible.stream().filter((member) -> prompter.prompt(team, config, today, member, now)).count();
		return Reply.text("Prompted " + prompted + " of " + eligible.size() + " members for " + DAY.format(today)
				+ " (the others were prompted, answered or skipped already). The summary goes out at "
				+ config.reportTime() + ".");
	}

	private StandupConfig config(Team team) {
		return standups.config(team.id())
			.orElseThrow(() -> new UsageException(
					team.name() + " has no stand-up yet. A PM can set one up with /standup setup."));
	}

	private static String days(StandupConfig config) {
		return String.join(", ", config.weekdays()
			.stream()
			.sorted()
			.map((day) -> day.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH))
			.toList());
	}

}
