package dev.steward.standup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.command.Args;
import dev.steward.command.CommandHandler;
import dev.steward.command.CommandRequest;
import dev.steward.command.Dates;
import dev.steward.command.Reply;
import dev.steward.command.Suggestions;
import dev.steward.command.UsageException;
import dev.steward.team.Member;
import dev.steward.team.Role;
import dev.steward.team.Team;
import dev.steward.team.TeamCalendar;
import dev.steward.team.TeamDirectory;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;

/**
 * The {@code /standup} command: join, leave, skip, away and back, holidays, status, and for PMs setup and now. Its
 * help lists every word it takes, and a mistyped one gets "did you mean".
 */
@Component
class StandupCommands implements CommandHandler {

	static final String HELP = """
			A channel may run several stand-ups. Where one is meant, write its name after the command, such as 			/standup now Week in review; with just one stand-up the name is not needed.
			/standup join: take part in this channel's stand-ups (all of them)
			/standup leave: stop taking part in them
			/standup skip [name] [date]: skip a day's stand-up (today unless you give YYYY-MM-DD, tomorrow or a 			weekday)
			/standup away <first day> <last day> [@someone]: on leave, no prompts, shown as away (a PM for others, \
			and for more than 60 days)
			/standup away list | away cancel <first day>: your leave, and cancelling leave that has not started
			/standup away calendar [<secret iCal address> | off]: your calendar's out-of-office events become your leave
			/standup back: end your leave today
			/standup status [name]: the setup and today's answers so far, of every stand-up unless you name one
			/standup setup [name]: (PMs) change the stand-up, or add a new one under a new name: its members, 			times, days, time zones, language and questions
			/standup now [name]: (PMs) prompt everyone for today's stand-up right away
			""" + EarlyAnswers.HELP + PauseCommands.HELP + Removals.HELP + ReportStyles.HELP + HolidayCommands.HELP;

	private static final List<String> WORDS = List.of("join", "leave", "skip", "away", "back", "holidays", "status",
			"setup", "now", "pause", "resume", "remove", "answer", "report", "help");

	private final TeamDirectory directory;

	private final TeamRepository teams;

	private final StandupRepository standups;

	private final StandupPrompter prompter;

	private final AnswerService answers;

	private final SetupForm setupForm;

	private final LeaveCommands leave;

	private final HolidayCommands holidays;

	private final Schedules schedules;

	private final Clock clock;

	private final PauseCommands pauses;

	private final EarlyAnswers early;

	private final Removals removals;

	private final ReportStyles reportStyles;

	private final WhichStandup which;

	StandupCommands(TeamDirectory directory, TeamRepository teams, StandupRepository standups,
			StandupPrompter prompter, AnswerService answers, SetupForm setupForm, LeaveCommands leave,
			HolidayCommands holidays, Schedules schedules, Clock clock, PauseCommands pauses, EarlyAnswers early,
			Removals removals, WhichStandup which, ReportStyles reportStyles) {
		this.reportStyles = reportStyles;
		this.which = which;
		this.removals = removals;
		this.pauses = pauses;
		this.early = early;
		this.directory = directory;
		this.teams = teams;
		this.standups = standups;
		this.prompter = prompter;
		this.answers = answers;
		this.setupForm = setupForm;
		this.leave = leave;
		this.holidays = holidays;
		this.schedules = schedules;
		this.clock = clock;
	}

	@Override
	public String command() {
		return "standup";
	}

	@Override
	public String summary() {
		return "join, skip, go on leave, holidays, the status; PMs set up and run stand-ups";
	}

	@Override
	public Reply handle(CommandRequest request) {
		Args args = request.args();
		return switch (args.word(0)) {
			case "join" -> join(request, args);
			case "leave" -> leave(request, args);
			case "skip" -> skip(request, args);
			case "away" -> leave.away(request, args);
			case "back" -> leave.back(request, args);
			case "holidays", "holiday" -> holidays.handle(request, args);
			case "status" -> status(request, args);
			case "setup" -> setup(request, args);
			case "now" -> now(request, args);
			case "pause" -> pauses.pause(request, args);
			case "report" -> reportStyles.handle(request, args);
			case "resume" -> pauses.resume(request, args);
			case "answer" -> early.answer(request, args);
			case "remove" -> removals.ask(request, args);
			case "", "help" -> Reply.text(HELP);
			default -> Reply.text("I don't know '/standup " + args.raw(0) + "'."
					+ Suggestions.didYouMean(args.word(0), WORDS, "/standup ") + " Here is what I can do:\n" + HELP);
		};
	}

	private static void noMore(Args args, int allowed, String usage) {
		if (args.size() > allowed) {
			throw new UsageException("I don't understand '" + args.rest(allowed) + "'. Write " + usage + ".");
		}
	}

	/** Joins every stand-up of the team: who stands up is the team's, as in the setup form. */
	private Reply join(CommandRequest request, Args args) {
		Team team = directory.teamFor(request);
		List<StandupConfig> all = teamWide(team, args, "/standup join");
		Optional<Member> existing = teams.member(team.id(), request.actor().userId());
		if (existing.isPresent() && existing.get().isStakeholder()) {
			throw new UsageException("You follow " + team.name() + " as a stakeholder, so you are not prompted and not "
					+ "counted in its stand-up. If you should stand up too, ask a PM to add you in /standup setup.");
		}
		Member member = teams.addMember(team.id(), request.actor().userId(), request.actor().displayName(),
				Role.MEMBER, true);
		teams.setParticipates(member.id(), true);
		all.forEach((config) -> standups.addParticipant(config.id(), member.id()));
		if (all.size() == 1) {
			return Reply.text("You're in the " + team.name() + " stand-up. "
					+ SetupAnnouncement.describe(team, all.get(0)));
		}
		return Reply.text("You're in the " + all.size() + " stand-ups of " + team.name() + ". " + all.stream()
			.map((config) -> config.name() + ": " + SetupAnnouncement.describe(team, config))
			.collect(Collectors.joining(" ")));
	}

	private Reply leave(CommandRequest request, Args args) {
		Team team = directory.teamFor(request);
		String usage = "/standup leave (to go on leave for some days, /standup away)";
		List<StandupConfig> all = standups.configs(team.id());
		noMore(all.isEmpty() ? args : which.named(team, args).args(), 1, usage);
		Member member = directory.requireMember(team, request.actor().userId());
		teams.setParticipates(member.id(), false);
		standups.standupIds(team.id()).forEach((id) -> standups.removeParticipant(id, member.id()));
		return Reply.text("You left the " + team.name() + (all.size() > 1 ? " stand-ups" : " stand-up")
				+ ". /standup join brings you back.");
	}

	/**
	 * The team's stand-ups, for a command that acts on all of them because who stands up is the team's: a stand-up's
	 * name may be written after it, but nothing else.
	 */
	private List<StandupConfig> teamWide(Team team, Args args, String usage) {
		noMore(which.named(team, args).args(), 1, usage);
		return standups.configs(team.id());
	}

	private Reply skip(CommandRequest request, Args given) {
		Team team = directory.teamFor(request);
		Member member = directory.requireMember(team, request.actor().userId());
		WhichStandup.Choice choice = which.one(team, given, StandupCommands::dateOrNothing);
		Args args = choice.args();
		noMore(args, 2, "/standup skip [name] [date]");
		StandupConfig config = choice.config();
		StandupSchedule schedule = schedules.of(config, team);
		LocalDate today = schedule.memberDate(clock.instant(), member);
		LocalDate date = args.size() > 1 ? Args.date(args.raw(1), today) : today;
		if (date.isBefore(today)) {
			throw new UsageException(Dates.day(date, today) + " is in the past; you can skip today or a later day.");
		}
		if (!schedule.isStandupDay(date)) {
			throw new UsageException("There is no stand-up on " + Dates.day(date, today) + " "
					+ whyNot(team, config, date) + "; nothing to skip.");
		}
		Run run = standups.run(config, date, clock.instant());
		answers.skip(request.actor(), run.id());
		return Reply.message(StandupMessages.skipped(run));
	}

	/** Whether the words are what skip takes besides a name: nothing, or one date. */
	private static boolean dateOrNothing(List<String> words) {
		if (words.isEmpty()) {
			return true;
		}
		try {
			return words.size() == 1 && Args.date(words.get(0), LocalDate.EPOCH) != null;
		}
		catch (UsageException ex) {
			return false;
		}
	}

	/** Why there is no stand-up on the date: a holiday (named), a non-working day, or not a stand-up day. */
	private String whyNot(Team team, StandupConfig config, LocalDate date) {
		TeamCalendar calendar = schedules.calendar(team);
		if (calendar.holidays().contains(date)) {
			return "(a holiday of " + team.name() + ")";
		}
		Optional<String> name = calendar.publicHolidays().nameOf(date);
		if (name.isPresent()) {
			return "(" + name.get() + ", a public holiday)";
		}
		if (!calendar.workDays().contains(date.getDayOfWeek())) {
			return "(not a working day of " + team.name() + ")";
		}
		return "(stand-up days are " + SetupAnnouncement.days(config.weekdays()) + ")";
	}

	/** The setup and today's answers of the stand-up named, or of every stand-up of the team. */
	private Reply status(CommandRequest request, Args args) {
		Team team = directory.teamFor(request);
		List<StandupConfig> shown = which.some(team, args);
		if (shown.size() == 1) {
			noMore(which.named(team, args).args(), 1, "/standup status [name]");
		}
		else {
			noMore(args, 1, "/standup status [name]");
		}
		boolean several = standups.several(team.id());
		String title = team.name() + (several ? " stand-ups" : " stand-up");
		ChatMessage.Builder message = ChatMessage.builder(title + " status").header(title);
		shown.forEach((config) -> statusOf(message, team, config, several));
		return Reply.message(message.build());
	}

	private void statusOf(ChatMessage.Builder message, Team team, StandupConfig config, boolean several) {
		StandupSchedule schedule = schedules.of(config, team);
		LocalDate today = schedule.teamDate(clock.instant());
		Optional<Run> run = standups.findRun(config.id(), today);
		Map<Long, Entry> entries = run.map((r) -> standups.entries(r.id())).orElse(Map.of());
		Text.Builder people = Text.builder();
		if (!schedule.isStandupDay(today)) {
			people.plain("No stand-up today " + whyNot(team, config, today) + ".\n");
		}
		else {
			for (Member member : teams.members(team.id())) {
				if (member.participates()) {
					people.plain(member.displayName() + ": " + state(schedule, member, entries.get(member.id()), today)
							+ "\n");
				}
			}
		}
		Text.Builder setup = Text.builder();
		if (several) {
			setup.bold(config.name()).plain("\n");
		}
		message.section(setup.plain(SetupAnnouncement.describe(team, config)).build())
			.section(Text.builder().bold("Today, " + Dates.day(today, today)).plain("\n").append(people.build())
				.build());
	}

	private static String state(StandupSchedule schedule, Member member, Entry entry, LocalDate today) {
		if (member.isAwayOn(today)) {
			return "away";
		}
		if (entry != null && entry.isAnswered()) {
			return "answered";
		}
		if (entry != null && entry.isSkipped()) {
			return "skipped";
		}
		if (entry != null && entry.promptedAt() != null) {
			return "waiting for an answer";
		}
		return schedule.promptsAfterReport(today, member) ? "not asked yet: their prompt comes after the summary"
				: "not asked yet";
	}

	/**
	 * Opens the setup form: for the stand-up named, or for a new one under a name no stand-up of the team has; without
	 * a name, for the team's only stand-up, or its first, "Daily stand-up".
	 */
	private Reply setup(CommandRequest request, Args args) {
		if (request.direct()) {
			throw new UsageException("Type /standup setup in your team's channel: its summary goes there.");
		}
		String name = args.rest(1);
		if (name.length() > SetupInput.MAX_NAME) {
			throw new UsageException("Keep the stand-up's name to " + SetupInput.MAX_NAME + " characters.");
		}
		Team team = teams.findByChannel(request.actor().platform(), request.actor().workspaceId(), request.channelId())
			.orElse(null);
		StandupConfig config = null;
		if (team != null) {
			directory.requirePm(team, request.actor().userId());
			config = name.isEmpty() ? onlyStandup(team) : which.called(team.id(), name).orElse(null);
		}
		return Reply.form(setupForm.build(request.actor(), request.channelId(), request.channelName(), team, config,
				name.isEmpty() ? StandupConfig.DEFAULT_NAME : name));
	}

	/** The team's only stand-up, or none yet; refused, with the names, when it has several. */
	private StandupConfig onlyStandup(Team team) {
		List<StandupConfig> all = standups.configs(team.id());
		if (all.size() > 1) {
			throw new UsageException(WhichStandup.several(all, "setup")
					+ ", or give a new name to add another stand-up.");
		}
		return all.isEmpty() ? null : all.get(0);
	}

	/**
	 * Prompts everyone for today's stand-up now; refused, with the reason, on a day without one. The summary follows
	 * at its time, or, when it went out already, the answers are added to it.
	 */
	private Reply now(CommandRequest request, Args args) {
		Team team = directory.teamFor(request);
		directory.requirePm(team, request.actor().userId());
		WhichStandup.Choice choice = which.one(team, args, List::isEmpty);
		noMore(choice.args(), 1, "/standup now [name]");
		StandupConfig config = choice.config();
		StandupSchedule schedule = schedules.of(config, team);
		Instant now = clock.instant();
		LocalDate today = schedule.teamDate(now);
		if (!schedule.isStandupDay(today)) {
			throw new UsageException("There is no stand-up today " + whyNot(team, config, today)
					+ ", so I prompted nobody.");
		}
		List<Member> eligible = teams.members(team.id())
			.stream()
			.filter((member) -> member.participates() && !member.isAwayOn(today))
			.toList();
		Instant report = schedule.reportAt(today);
		boolean reported = standups.findRun(config.id(), today).map(Run::isReported).orElse(false);
		if (!reported && !report.isAfter(now)) {
			report = now.plus(config.reminderDelay());
			standups.setNextReport(config.id(), report, today);
		}
		Instant until = report.isAfter(now) ? report : now.plus(config.reminderDelay());
		long prompted = eligible.stream()
			.filter((member) -> prompter.prompt(team, config, schedule, today, member, now,
					later(until, schedule.reminderDeadline(today, member))))
			.count();
		String summary = reported ? "Today's summary went out already; their answers will be added to it."
				: "The summary goes to the team channel at " + Dates.timeFor(report, null, team.zone()) + ".";
		return Reply.text("Prompted " + prompted + " of " + eligible.size() + " members for " + Dates.day(today, today)
				+ " (the others were prompted, answered or skipped already). " + summary);
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
