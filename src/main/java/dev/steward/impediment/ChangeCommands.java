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
 * The {@code /change} command: anyone in a team requests a change; its PMs assess it and approve, reject or defer
 * it with a reason, which is announced to whoever asked. Change requests are triaged, never escalated.
 */
@Component
class ChangeCommands implements CommandHandler {

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
		return Words.current().get("impediment.change.summary");
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
			case "", "help" -> Reply.text(help(Words.current()));
			default -> throw new UsageException(Words.current().get("impediment.unknown", "/change " + args.raw(0),
					Suggestions.didYouMean(word, WORDS, "/change "), help(Words.current())));
		};
	}

	private static String help(Words words) {
		String aliases = Aliases.helpLine(words, "change");
		return words.get("impediment.change.help") + (aliases.isEmpty() ? "" : "\n" + aliases.strip());
	}

	private Reply assess(CommandRequest request, Args args) {
		long id = Args.impedimentId(args.raw(1));
		DetailArgs details = DetailArgs.parse(args.rest(2), true);
		String impact = details.impact() == null ? details.title() : (details.title() + " " + details.impact()).strip();
		return impediments.done(Words.current().get("impediment.done.assessed"),
				log.assess(request.actor(), id, impact, details.areas()));
	}

	private Reply decide(CommandRequest request, Args args, Decision decision) {
		long id = Args.impedimentId(args.raw(1));
		return impediments.done(Words.current().get("impediment.done." + decision.name()),
				log.decide(request.actor(), id, decision, args.rest(2)));
	}

}
