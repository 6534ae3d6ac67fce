package dev.steward.impediment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.steward.chat.ChatMessage;
import dev.steward.command.Args;
import dev.steward.command.CommandHandler;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.Suggestions;
import dev.steward.command.UsageException;
import dev.steward.i18n.Aliases;
import dev.steward.i18n.Words;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamCalendar;
import dev.steward.team.TeamDirectory;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;

/** The {@code /impediment} command: the log's whole lifecycle, plus the words other features contribute. */
@Component
class ImpedimentCommands implements CommandHandler {

	private static final int LIST_LIMIT = 40;

	private final ImpedimentLog log;

	private final TeamDirectory directory;

	private final TeamRepository teams;

	private final WorkingAge ages;

	private final Map<String, ImpedimentSubcommand> extensions;

	private final Clock clock;

	ImpedimentCommands(ImpedimentLog log, TeamDirectory directory, TeamRepository teams, WorkingAge ages,
			List<ImpedimentSubcommand> extensions, Clock clock) {
		this.log = log;
		this.directory = directory;
		this.teams = teams;
		this.ages = ages;
		this.extensions = extensions.stream().collect(Collectors.toMap(ImpedimentSubcommand::word, Function.identity()));
		this.clock = clock;
	}

	@Override
	public String command() {
		return "impediment";
	}

	@Override
	public String summary() {
		return Words.current().get("impediment.summary");
	}

	@Override
	public Reply handle(CommandRequest request) {
		Words words = Words.current();
		Args args = request.args();
		String word = args.word(0);
		if (extensions.containsKey(word)) {
			return extensions.get(word).handle(request, args);
		}
		return switch (word) {
			case "log" -> logEntry(request, args.drop(1), LogKind.IMPEDIMENT);
			case "list" -> list(request, args.drop(1), LogKind.IMPEDIMENT);
			case "show" -> show(request, args, false);
			case "history" -> show(request, args, true);
			case "assign" -> assign(request, args);
			case "resolve" -> done(words.get("impediment.done.resolved"),
					log.resolve(request.actor(), id(args), args.rest(2)));
			case "reopen" -> done(words.get("impediment.done.reopened"), log.reopen(request.actor(), id(args)));
			case "snooze" -> snooze(request, args);
			case "comment" -> done(words.get("impediment.done.commented"),
					log.comment(request.actor(), id(args), args.rest(2)));
			case "severity" -> severity(request, args);
			case "due" -> due(request, args);
			case "merge" -> merge(request, args);
			case "", "help" -> Reply.text(help(words));
			default -> Reply.text(words.get("impediment.unknown", "/impediment " + args.raw(0),
					Suggestions.didYouMean(word, subcommands(), "/impediment "), help(words)));
		};
	}

	private List<String> subcommands() {
		List<String> words = new ArrayList<>(List.of("log", "list", "show", "history", "assign", "resolve", "reopen",
				"snooze", "comment", "severity", "due", "merge", "help"));
		words.addAll(extensions.keySet());
		return words;
	}

	private String help(Words words) {
		StringBuilder help = new StringBuilder(words.get("impediment.help"));
		extensions.values().stream().sorted(Comparator.comparing(ImpedimentSubcommand::word))
			.forEach((extension) -> help.append('\n').append(extension.help()));
		String aliases = Aliases.helpLine(words, "impediment");
		return aliases.isEmpty() ? help.toString() : help + "\n" + aliases.strip();
	}

	private static long id(Args args) {
		return Args.impedimentId(args.raw(1));
	}

	/**
	 * Logs an entry of the kind as the reporter typed it: {@code <text> [@owner] [severity]}, and for an issue or a
	 * change request its labelled parts ({@code impact:}, {@code changes:}).
	 */
	Reply logEntry(CommandRequest request, Args args, LogKind kind) {
		LogArgs parsed = LogArgs.parse(args);
		DetailArgs details = (kind == LogKind.IMPEDIMENT) ? new DetailArgs(parsed.title(), null, java.util.Set.of())
				: DetailArgs.parse(parsed.title(), kind == LogKind.CHANGE_REQUEST);
		Team team = directory.teamFor(request);
		Member reporter = directory.requireMember(team, request.actor().userId());
		String owner = parsed.owner() == null ? reporter.userId() : parsed.owner();
		Impediment entry = log.open(team, kind, details.title(), owner, reporter,
				parsed.severity() == null ? Severity.MEDIUM : parsed.severity(), null, details.details());
		return Reply.message(ImpedimentMessages.logged(Words.current(), entry, parsed.mentionedInTitle(),
				log.helpers(entry)));
	}

	/** The team's (or the asker's) active entries of the kind, as {@code /<command> list} shows them. */
	Reply list(CommandRequest request, Args args, LogKind kind) {
		Words words = Words.current();
		String scope = args.word(0).startsWith("--") ? "" : args.word(0);
		Args options = scope.isEmpty() ? args : args.drop(1);
		boolean byAge = options.size() == 2 && options.word(0).equals("--sort") && options.word(1).equals("age");
		if (!options.isEmpty() && !byAge) {
			throw new UsageException(words.get("impediment.list.not-understood", options.rest(0),
					request.command()));
		}
		Instant now = clock.instant();
		List<ImpedimentMessages.Line> lines;
		String title;
		if (scope.equals("mine")) {
			List<Team> mine = teams.findByUser(request.actor().platform(), request.actor().workspaceId(),
					request.actor().userId());
			lines = lines(log.activeOwnedBy(mine, request.actor().userId(), java.util.EnumSet.of(kind), LIST_LIMIT),
					now);
			title = words.get("impediment.list.title.mine." + kind.name());
		}
		else {
			Team team = directory.teamFor(request);
			lines = lines(select(team, scope, now, kind), now);
			String which = scope.equals("escalated") || scope.equals("stale") ? scope : "open";
			title = words.get("impediment.list.title." + which + "." + kind.name(), team.name());
		}
		if (byAge) {
			lines = lines.stream().sorted(Comparator.comparing(ImpedimentMessages.Line::age).reversed()).toList();
		}
		return Reply.message(ImpedimentMessages.list(words, title, lines));
	}

	private List<Impediment> select(Team team, String scope, Instant now, LogKind kind) {
		return switch (scope) {
			case "", "team", "open" -> log.activeByTeam(team, kind, LIST_LIMIT);
			case "escalated" -> log.activeByTeam(team, kind, 1000)
				.stream()
				.filter((impediment) -> impediment.rung() > 0)
				.limit(LIST_LIMIT)
				.toList();
			case "stale" -> {
				TeamCalendar calendar = ages.calendar(team);
				Instant quietSince = quietSince(calendar, now);
				yield log.staleByTeam(team, kind, quietSince, LIST_LIMIT);
			}
			default -> throw new UsageException(Words.current().get("impediment.list.unknown", scope,
					Suggestions.didYouMean(scope, List.of("open", "escalated", "stale", "mine", "team"), "")));
		};
	}

	/** One working day before now: the start of the window in which an impediment must have had news. */
	private static Instant quietSince(TeamCalendar calendar, Instant now) {
		Instant since = calendar.minus(now, calendar.workingDay(), java.util.Set.of());
		return since == null ? now.minus(Duration.ofDays(14)) : since;
	}

	private List<ImpedimentMessages.Line> lines(List<Impediment> impediments, Instant now) {
		List<ImpedimentMessages.Line> lines = new ArrayList<>();
		Map<Long, List<Impediment>> byTeam = impediments.stream()
			.collect(Collectors.groupingBy(Impediment::teamId, java.util.LinkedHashMap::new, Collectors.toList()));
		byTeam.forEach((teamId, list) -> {
			Team team = teams.find(teamId).orElseThrow();
			TeamCalendar calendar = ages.calendar(team);
			Map<Long, AgeClock> clocks = ages.clocks(team, list);
			for (Impediment impediment : list) {
				Duration age = clocks.get(impediment.id()).at(now);
				lines.add(new ImpedimentMessages.Line(impediment, age, calendar.describe(age, Words.current()), team.zone()));
			}
		});
		return lines;
	}

	private Reply show(CommandRequest request, Args args, boolean fullHistory) {
		ImpedimentLog.Located asked = log.locate(request.actor(), id(args));
		directory.requireMember(asked.team(), request.actor().userId());
		Impediment impediment = log.current(asked.impediment());
		Duration age = ages.of(impediment, asked.team(), clock.instant());
		Words words = Words.current();
		ChatMessage shown = ImpedimentMessages.show(words, impediment, ages.calendar(asked.team()).describe(age, words),
				log.reporters(impediment), log.links(impediment), log.history(impediment), fullHistory,
				asked.team().zone());
		if (impediment.id() == asked.impediment().id()) {
			return Reply.message(shown);
		}
		return Reply.message(ImpedimentMessages.mergedNote(words, asked.impediment(), impediment, shown));
	}

	private Reply assign(CommandRequest request, Args args) {
		long id = id(args);
		String owner = Args.mention(args.raw(2))
			.orElseThrow(() -> new UsageException(Words.current().get("impediment.assign.whom", Impediment.key(id))));
		return done(Words.current().get("impediment.done.assigned"), log.assign(request.actor(), id, owner));
	}

	private Reply snooze(CommandRequest request, Args args) {
		long id = id(args);
		Words words = Words.current();
		if (args.raw(2).isEmpty()) {
			throw new UsageException(words.get("impediment.snooze.when", Impediment.key(id)));
		}
		ImpedimentLog.Located found = log.locate(request.actor(), id);
		TeamCalendar calendar = ages.calendar(found.team());
		LocalDate today = clock.instant().atZone(found.team().zone()).toLocalDate();
		LocalDate date = Args.date(args.raw(2), today);
		if (!date.isAfter(today)) {
			throw new UsageException(words.get("impediment.snooze.past", words.day(date, today)));
		}
		String until = words.get("impediment.at-time", words.day(date, today), words.time(calendar.dayStart()),
				found.team().zone().getId());
		return done(words.get("impediment.done.snoozed", until),
				log.snooze(request.actor(), id, calendar.start(date), found.team().zone()));
	}

	private Reply severity(CommandRequest request, Args args) {
		Severity severity = Severity.parse(args.word(2))
			.orElseThrow(() -> new UsageException(Words.current().get("impediment.severity.usage")));
		return done(Words.current().get("impediment.done.severity"),
				log.changeSeverity(request.actor(), id(args), severity));
	}

	private Reply due(CommandRequest request, Args args) {
		long id = id(args);
		if (args.word(2).isEmpty()) {
			throw new UsageException(Words.current().get("impediment.due.usage", Impediment.key(id)));
		}
		ImpedimentLog.Located found = log.locate(request.actor(), id);
		LocalDate date = args.word(2).equals("none") ? null
				: Args.date(args.raw(2), clock.instant().atZone(found.team().zone()).toLocalDate());
		String what = date == null ? Words.current().get("impediment.done.due-removed")
				: Words.current().get("impediment.done.due", date.toString());
		return done(what, log.changeDueDate(request.actor(), id, date));
	}

	private Reply merge(CommandRequest request, Args args) {
		if (!args.word(2).equals("into") || args.raw(3).isEmpty()) {
			throw new UsageException(Words.current().get("impediment.merge.usage"));
		}
		return done(Words.current().get("impediment.done.merged", Impediment.key(id(args))),
				log.merge(request.actor(), id(args), Args.impedimentId(args.raw(3))));
	}

	/** The reply to a change: what happened, then the entry as it is now. */
	Reply done(String what, ImpedimentLog.Located found) {
		Impediment impediment = found.impediment();
		Duration age = ages.of(impediment, found.team(), clock.instant());
		return Reply.message(ImpedimentMessages.changed(Words.current(), what, impediment,
				ages.calendar(found.team()).describe(age, Words.current()), found.team().zone()));
	}

}
