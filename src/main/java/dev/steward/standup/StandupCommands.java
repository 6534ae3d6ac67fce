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
import dev.steward.command.Reply;
import dev.steward.command.Suggestions;
import dev.steward.command.UsageException;
import dev.steward.i18n.Aliases;
import dev.steward.i18n.Words;
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

	/** The whole help of {@code /standup} in the reader's words, ending with the words it takes in their language. */
	static String help(Words words) {
		return words.get("setup.help") + words.get("setup.help.holidays") + "\n" + Aliases.helpLine(words, "standup");
	}

	private static final List<String> WORDS = List.of("join", "leave", "skip", "away", "back", "holidays", "status",
			"setup", "now", "pause", "resume", "remove", "answer", "report", "language", "help");

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

	private final LanguageChoice languages;

	StandupCommands(TeamDirectory directory, TeamRepository teams, StandupRepository standups,
			StandupPrompter prompter, AnswerService answers, SetupForm setupForm, LeaveCommands leave,
			HolidayCommands holidays, Schedules schedules, Clock clock, PauseCommands pauses, EarlyAnswers early,
			Removals removals, WhichStandup which, ReportStyles reportStyles, LanguageChoice languages) {
		this.languages = languages;
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
		return Words.current().get("setup.summary");
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
			case "language" -> languages.handle(request, args);
			case "", "help" -> Reply.text(help(Words.current()));
			default -> Reply.text(Words.current().get("setup.unknown", args.raw(0),
					Suggestions.didYouMean(args.word(0), WORDS, "/standup "), help(Words.current())));
		};
	}

	private static void noMore(Args args, int allowed, String usage) {
		if (args.size() > allowed) {
			throw new UsageException(Words.current().get("setup.no-more", args.rest(allowed), usage));
		}
	}

	/** Joins every stand-up of the team: who stands up is the team's, as in the setup form. */
	private Reply join(CommandRequest request, Args args) {
		Words words = Words.current();
		Team team = directory.teamFor(request);
		List<StandupConfig> all = teamWide(team, args, "/standup join");
		Optional<Member> existing = teams.member(team.id(), request.actor().userId());
		if (existing.isPresent() && existing.get().isStakeholder()) {
			throw new UsageException(words.get("setup.join.stakeholder", team.name()));
		}
		Member member = teams.addMember(team.id(), request.actor().userId(), request.actor().displayName(),
				Role.MEMBER, true);
		teams.setParticipates(member.id(), true);
		all.forEach((config) -> standups.addParticipant(config.id(), member.id()));
		if (all.size() == 1) {
			return Reply.text(words.get("setup.join.one", team.name(),
					SetupAnnouncement.describe(words, team, all.get(0))));
		}
		return Reply.text(words.get("setup.join.several", Integer.toString(all.size()), team.name(), all.stream()
			.map((config) -> config.name() + ": " + SetupAnnouncement.describe(words, team, config))
			.collect(Collectors.joining(" "))));
	}

	private Reply leave(CommandRequest request, Args args) {
		Team team = directory.teamFor(request);
		String usage = Words.current().get("setup.leave.usage");
		List<StandupConfig> all = standups.configs(team.id());
		noMore(all.isEmpty() ? args : which.named(team, args).args(), 1, usage);
		Member member = directory.requireMember(team, request.actor().userId());
		teams.setParticipates(member.id(), false);
		standups.standupIds(team.id()).forEach((id) -> standups.removeParticipant(id, member.id()));
		return Reply.text(Words.current().get(all.size() > 1 ? "setup.leave.several" : "setup.leave.one",
				team.name()));
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
		Words words = Words.current();
		StandupConfig config = choice.config();
		StandupSchedule schedule = schedules.of(config, team);
		LocalDate today = schedule.memberDate(clock.instant(), member);
		LocalDate date = args.size() > 1 ? Args.date(args.raw(1), today) : today;
		if (date.isBefore(today)) {
			throw new UsageException(words.get("setup.skip.past", words.day(date, today)));
		}
		if (!schedule.isStandupDay(date)) {
			throw new UsageException(words.get("setup.skip.no-standup", words.day(date, today),
					whyNot(words, team, config, date)));
		}
		Run run = standups.run(config, date, clock.instant());
		return Reply.message(answers.skip(request.actor(), run.id()));
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
	private String whyNot(Words words, Team team, StandupConfig config, LocalDate date) {
		TeamCalendar calendar = schedules.calendar(team);
		if (calendar.holidays().contains(date)) {
			return words.get("setup.why.holiday", team.name());
		}
		Optional<String> name = calendar.publicHolidays().nameOf(date, Words.current());
		if (name.isPresent()) {
			return words.get("setup.why.public-holiday", name.get());
		}
		if (!calendar.workDays().contains(date.getDayOfWeek())) {
			return words.get("setup.why.not-working", team.name());
		}
		return words.get("setup.why.days", SetupAnnouncement.days(words, config.weekdays()));
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
		Words words = Words.current();
		boolean several = standups.several(team.id());
		String title = words.get(several ? "setup.status.title.several" : "setup.status.title.one", team.name());
		ChatMessage.Builder message = ChatMessage.builder(words.get("setup.status.fallback", title)).header(title);
		shown.forEach((config) -> statusOf(words, message, team, config, several));
		return Reply.message(message.build());
	}

	private void statusOf(Words words, ChatMessage.Builder message, Team team, StandupConfig config,
			boolean several) {
		StandupSchedule schedule = schedules.of(config, team);
		LocalDate today = schedule.teamDate(clock.instant());
		Optional<Run> run = standups.findRun(config.id(), today);
		Map<Long, Entry> entries = run.map((r) -> standups.entries(r.id())).orElse(Map.of());
		Text.Builder people = Text.builder();
		if (!schedule.isStandupDay(today)) {
			people.plain(words.get("setup.status.no-standup", whyNot(words, team, config, today)) + "\n");
		}
		else {
			for (Member member : teams.members(team.id())) {
				if (member.participates()) {
					people.plain(member.displayName() + ": "
							+ words.get(state(schedule, member, entries.get(member.id()), today)) + "\n");
				}
			}
		}
		Text.Builder setup = Text.builder();
		if (several) {
			setup.bold(config.name()).plain("\n");
		}
		message.section(setup.plain(SetupAnnouncement.describe(words, team, config)).build())
			.section(Text.builder().bold(words.get("setup.status.today", words.day(today, today))).plain("\n")
				.append(people.build())
				.build());
	}

	/** The key of the member's state today. */
	private static String state(StandupSchedule schedule, Member member, Entry entry, LocalDate today) {
		if (member.isAwayOn(today)) {
			return "setup.state.away";
		}
		if (entry != null && entry.isAnswered()) {
			return "setup.state.answered";
		}
		if (entry != null && entry.isSkipped()) {
			return "setup.state.skipped";
		}
		if (entry != null && entry.promptedAt() != null) {
			return "setup.state.waiting";
		}
		return schedule.promptsAfterReport(today, member) ? "setup.state.after-summary"
				: "setup.state.not-asked";
	}

	/**
	 * Opens the setup form: for the stand-up named, or for a new one under a name no stand-up of the team has; without
	 * a name, for the team's only stand-up, or its first, "Daily stand-up".
	 */
	private Reply setup(CommandRequest request, Args args) {
		if (request.direct()) {
			throw new UsageException(Words.current().get("setup.setup.direct"));
		}
		String name = args.rest(1);
		if (name.length() > SetupInput.MAX_NAME) {
			throw new UsageException(Words.current().get("setup.setup.name-long", Integer.toString(SetupInput.MAX_NAME)));
		}
		Team team = teams.findByChannel(request.actor().platform(), request.actor().workspaceId(), request.channelId())
			.orElse(null);
		StandupConfig config = null;
		if (team != null) {
			directory.requirePm(team, request.actor().userId());
			config = name.isEmpty() ? onlyStandup(team) : which.called(team.id(), name).orElse(null);
		}
		return Reply.form(setupForm.build(request.actor(), request.channelId(), request.channelName(), team, config,
				name.isEmpty() ? StandupConfig.defaultName(Words.current()) : name));
	}

	/** The team's only stand-up, or none yet; refused, with the names, when it has several. */
	private StandupConfig onlyStandup(Team team) {
		List<StandupConfig> all = standups.configs(team.id());
		if (all.size() > 1) {
			throw new UsageException(WhichStandup.several(all, "setup") + Words.current().get("setup.setup.or-new"));
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
		Words words = Words.current();
		StandupConfig config = choice.config();
		StandupSchedule schedule = schedules.of(config, team);
		Instant now = clock.instant();
		LocalDate today = schedule.teamDate(now);
		if (!schedule.isStandupDay(today)) {
			throw new UsageException(words.get("setup.now.no-standup", whyNot(words, team, config, today)));
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
		String summary = reported ? words.get("setup.now.reported")
				: words.get("setup.now.summary-at", words.timeFor(report, null, team.zone()));
		return Reply.text(words.get("setup.now.prompted", Long.toString(prompted), Integer.toString(eligible.size()),
				words.day(today, today), summary));
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
