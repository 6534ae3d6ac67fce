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
 * The {@code /issue} command: logs something that has happened and needs a response, with its impact; the rest of
 * an issue's life (assigning, escalating, resolving) is the impediment log's, under its own words.
 */
@Component
class IssueCommands implements CommandHandler {

	static final String HELP = """
			/issue log <what happened> [impact: <its impact>] [@owner] [low|medium|high]: log an issue (a risk that \
			occurred); it escalates like an impediment
			/issue impact ISS-<n> <impact>: restate its impact
			/issue list [open|escalated|stale|mine|team] [--sort age]: the team's issues
			/issue show | assign | comment | resolve | reopen | snooze | severity | due | escalate | link ISS-<n> ...: \
			as for /impediment""";

	private static final List<String> WORDS = List.of("log", "impact", "list", "show", "history", "assign", "comment",
			"resolve", "reopen", "snooze", "severity", "due", "merge", "escalate", "link", "help");

	private final ImpedimentLog log;

	private final ImpedimentCommands impediments;

	IssueCommands(ImpedimentLog log, ImpedimentCommands impediments) {
		this.log = log;
		this.impediments = impediments;
	}

	@Override
	public String command() {
		return "issue";
	}

	@Override
	public String summary() {
		return "log issues (risks that occurred) with their impact; they escalate like impediments";
	}

	@Override
	public Reply handle(CommandRequest request) {
		Args args = request.args();
		String word = args.word(0);
		return switch (word) {
			case "log" -> impediments.logEntry(request, args.drop(1), LogKind.ISSUE);
			case "impact" -> impediments.done("Impact recorded",
					log.changeImpact(request.actor(), Args.impedimentId(args.raw(1)), args.rest(2)));
			case "list" -> impediments.list(request, args.drop(1), LogKind.ISSUE);
			case "", "help" -> Reply.text(HELP);
			default -> {
				if (WORDS.contains(word)) {
					yield impediments.handle(request);
				}
				throw new UsageException("I don't know '/issue " + args.raw(0) + "'."
						+ Suggestions.didYouMean(word, WORDS, "/issue ") + " Here is what I can do:\n" + HELP);
			}
		};
	}

}
