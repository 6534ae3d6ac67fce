package dev.steward.impediment;

import java.util.List;

import dev.steward.command.Args;
import dev.steward.command.CommandHandler;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.Suggestions;
import dev.steward.command.UsageException;

import org.springframework.stereotype.Component;

/**
 * The {@code /change} command: anyone in a team requests a change; its PMs assess it and approve, reject or defer
 * it with a reason, which is announced to whoever asked. Change requests are triaged, never escalated.
 */
@Component
class ChangeCommands implements CommandHandler {

	static final String HELP = """
			/change request <what should change> [changes: scope, schedule, cost, goal] [impact: <impact>] [@owner]: \
			ask for a change; a PM assesses and decides it
			/change assess CR-<n> <impact> [changes: scope, schedule, cost, goal]: (PMs) assess it
			/change approve | reject | defer CR-<n> <reason>: (PMs) decide it; whoever asked is told
			/change list [open|mine|team]: the team's undecided change requests
			/change link CR-<n> <goal number>: the value goal it changes
			/change show | history | comment | assign | reopen CR-<n> ...: as for /impediment""";

	private static final List<String> WORDS = List.of("request", "assess", "approve", "reject", "defer", "list",
			"link", "show", "history", "comment", "assign", "reopen", "help");

	private static final List<String> SHARED = List.of("link", "show", "history", "comment", "assign", "reopen");

	private final ImpedimentLog log;

	private final ImpedimentCommands impediments;

	ChangeCommands(ImpedimentLog log, ImpedimentCommands impediments) {
		this.log = log;
		this.impediments = impediments;
	}

	@Override
	public String command() {
		return "change";
	}

	@Override
	public String summary() {
		return "request changes; PMs assess, approve, reject or defer them";
	}

	@Override
	public Reply handle(CommandRequest request) {
		Args args = request.args();
		String word = args.word(0);
		if (SHARED.contains(word)) {
			return impediments.handle(request);
		}
		return switch (word) {
			case "request" -> impediments.logEntry(request, args.drop(1), LogKind.CHANGE_REQUEST);
			case "assess" -> assess(request, args);
			case "approve" -> decide(request, args, Decision.APPROVED);
			case "reject" -> decide(request, args, Decision.REJECTED);
			case "defer" -> decide(request, args, Decision.DEFERRED);
			case "list" -> impediments.list(request, args.drop(1), LogKind.CHANGE_REQUEST);
			case "", "help" -> Reply.text(HELP);
			default -> throw new UsageException("I don't know '/change " + args.raw(0) + "'."
					+ Suggestions.didYouMean(word, WORDS, "/change ") + " Here is what I can do:\n" + HELP);
		};
	}

	private Reply assess(CommandRequest request, Args args) {
		long id = Args.impedimentId(args.raw(1));
		DetailArgs details = DetailArgs.parse(args.rest(2), true);
		String impact = details.impact() == null ? details.title() : (details.title() + " " + details.impact()).strip();
		return impediments.done("Assessed", log.assess(request.actor(), id, impact, details.areas()));
	}

	private Reply decide(CommandRequest request, Args args, Decision decision) {
		long id = Args.impedimentId(args.raw(1));
		return impediments.done(capitalised(decision.label()), log.decide(request.actor(), id, decision, args.rest(2)));
	}

	private static String capitalised(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

}
