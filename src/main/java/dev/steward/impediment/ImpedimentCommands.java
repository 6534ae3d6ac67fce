package dev.steward.impediment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.steward.chat.ChatMessage;
import dev.steward.command.Args;
import dev.steward.command.CommandHandler;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;

/** The {@code /impediment} command: log, list, show, assign and resolve. */
@Component
class ImpedimentCommands implements CommandHandler {

	static final String HELP = """
			/impediment log <text> [@owner] [low|medium|high]: log an impediment (you own it unless you name someone)
			/impediment list [mine|team]: the open impediments, oldest first
			/impediment show IMP-<n>: one impediment with its history
			/impediment assign IMP-<n> @user: give it to someone
			/impediment resolve IMP-<n> [note]: mark it resolved""";

	private static final int LIST_LIMIT = 40;

	private final ImpedimentLog log;

	private final TeamDirectory directory;

	private final TeamRepository teams;

	private final Clock clock;

	ImpedimentCommands(ImpedimentLog log, TeamDirectory directory, TeamRepository teams, Clock clock) {
		this.log = log;
		this.directory = directory;
		this.teams = teams;
		this.clock = clock;
	}

	@Override
	public String command() {
		return "impediment";
	}

	@Override
	public String summary() {
		return "log, list, assign and resolve impediments";
	}

	@Override
	public Reply handle(CommandRequest request) {
		Args args = request.args();
		return switch (args.word(0)) {
			case "log" -> logImpediment(request, args.drop(1));
			case "list" -> list(request, args.word(1));
			case "show" -> show(request, args);
			case "assign" -> assign(request, args);
			case "resolve" -> resolve(request, args);
			case "", "help" -> Reply.text(HELP);
			default -> Reply.text("I don't know '/impediment " + args.raw(0) + "'. Here is what I can do:\n" + HELP);
		};
	}

	private Reply logImpediment(CommandRequest request, Args args) {
		List<String> words = new ArrayList<>(args.words());
		Severity severity = null;
		String owner = null;
		while (!words.isEmpty()) {
			String last = words.get(words.size() - 1);
			if (severity == null && Severity.parse(last).isPresent()) {
				severity = Severity.parse(last).get();
			}
			else if (owner == null && Args.isMention(last)) {
				owner = Args.mention(last).get();
			}
			else {
				break;
			}
			words.remove(words.size() - 1);
		}
		Team team = directory.teamFor(request);
		directory.requireMember(team, request.actor().userId());
		String reporter = request.actor().userId();
		Impediment impediment = log.open(team, String.join(" ", words), owner == null ? reporter : owner, reporter,
				severity == null ? Severity.MEDIUM : severity, null);
		return Reply.message(ImpedimentMessages.logged(impediment));
	}

	private Reply list(CommandRequest request, String scope) {
		switch (scope) {
			case "mine" -> {
				List<Team> mine = teams.findByUser(request.actor().platform(), request.actor().workspaceId(),
						request.actor().userId());
				return Reply.message(ImpedimentMessages.list("Your open impediments",
						log.openOwnedBy(mine, request.actor().userId(), LIST_LIMIT), clock.instant()));
			}
			case "", "team" -> {
				Team team = directory.teamFor(request);
				return Reply.message(ImpedimentMessages.list("Open impediments of " + team.name(),
						log.openByTeam(team, LIST_LIMIT), clock.instant()));
			}
			default -> throw new UsageException(
					"'" + scope + "' is not a list I know. Try /impediment list mine or /impediment list team.");
		}
	}

	private Reply show(CommandRequest request, Args args) {
		ImpedimentLog.Located found = log.locate(request.actor(), Args.impedimentId(args.raw(1)));
		ChatMessage message = ImpedimentMessages.show(found.impediment(), log.history(found.impediment()),
				clock.instant(), found.team().zone());
		return Reply.message(message);
	}

	private Reply assign(CommandRequest request, Args args) {
		long id = Args.impedimentId(args.raw(1));
		String owner = Args.mention(args.raw(2))
			.orElseThrow(() -> new UsageException("Whom should " + Impediment.key(id) + " go to? Mention them: "
					+ "/impediment assign " + Impediment.key(id) + " @someone"));
		ImpedimentLog.Located found = log.assign(request.actor(), id, owner);
		return Reply.message(ChatMessage.of(ImpedimentMessages.line(found.impediment(), clock.instant())));
	}

	private Reply resolve(CommandRequest request, Args args) {
		ImpedimentLog.Located found = log.resolve(request.actor(), Args.impedimentId(args.raw(1)), args.rest(2));
		return Reply.message(ImpedimentMessages.resolved(found.impediment(), clock.instant()));
	}

}
