package dev.steward.impediment;

import java.util.List;

import dev.steward.command.Args;
import dev.steward.command.CommandHandler;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.Suggestions;
import dev.steward.command.UsageException;
import dev.steward.i18n.Aliases;
import dev.steward.i18n.Words;

import org.springframework.stereotype.Component;

/**
 * The {@code /issue} command: logs something that has happened and needs a response, with its impact; the rest of
 * an issue's life (assigning, escalating, resolving) is the impediment log's, under its own words.
 */
@Component
class IssueCommands implements CommandHandler {

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
		return Words.current().get("impediment.issue.summary");
	}

	@Override
	public Reply handle(CommandRequest request) {
		Args args = request.args();
		String word = args.word(0);
		Words words = Words.current();
		return switch (word) {
			case "log" -> impediments.logEntry(request, args.drop(1), LogKind.ISSUE);
			case "impact" -> impediments.done(words.get("impediment.done.impact"),
					log.changeImpact(request.actor(), Args.impedimentId(args.raw(1)), args.rest(2)));
			case "list" -> impediments.list(request, args.drop(1), LogKind.ISSUE);
			case "", "help" -> Reply.text(help(words));
			default -> {
				if (WORDS.contains(word)) {
					yield impediments.handle(request);
				}
				throw new UsageException(words.get("impediment.unknown", "/issue " + args.raw(0),
						Suggestions.didYouMean(word, WORDS, "/issue "), help(words)));
			}
		};
	}

	private static String help(Words words) {
		String aliases = Aliases.helpLine(words, "issue");
		return words.get("impediment.issue.help") + (aliases.isEmpty() ? "" : "\n" + aliases.strip());
	}

}
