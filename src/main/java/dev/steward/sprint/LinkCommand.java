package dev.steward.sprint;

import java.util.List;

import dev.steward.command.Args;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.i18n.Words;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.impediment.ImpedimentSubcommand;
import dev.steward.impediment.TrackerLink;

import org.springframework.stereotype.Component;

/**
 * {@code /impediment link IMP-<n> <goal>|none|<URL>}: says which value goal an impediment puts at risk, or links it
 * to the tracker issue it concerns.
 */
@Component
class LinkCommand implements ImpedimentSubcommand {

	private final ImpedimentLog impediments;

	private final Sprints sprints;

	LinkCommand(ImpedimentLog impediments, Sprints sprints) {
		this.impediments = impediments;
		this.sprints = sprints;
	}

	@Override
	public String word() {
		return "link";
	}

	@Override
	public String help() {
		return Words.current().get("sprint.link.help");
	}

	@Override
	public Reply handle(CommandRequest request, Args args) {
		String target = args.raw(2).strip();
		if (target.startsWith("http://") || target.startsWith("https://")) {
			long id = Args.impedimentId(args.raw(1));
			ImpedimentLog.Located linked = impediments.link(request.actor(), id, target);
			List<TrackerLink> links = impediments.links(linked.impediment());
			return Reply.text(Words.current().get("sprint.link.links", linked.impediment().key(),
					String.join(", ", links.stream().map(TrackerLink::label).toList())));
		}
		ImpedimentLog.Located found = impediments.locate(request.actor(), Args.impedimentId(args.raw(1)));
		if (!impediments.mayChange(found.team(), found.impediment(), request.actor().userId())) {
			throw new UsageException(Words.current().get("sprint.link.no-right", found.impediment().key()));
		}
		if (args.raw(2).isEmpty()) {
			throw new UsageException(Words.current().get("sprint.link.which", found.impediment().key()));
		}
		if (args.word(2).equals("none")) {
			sprints.link(request.actor(), found, null);
			return Reply.text(Words.current().get("sprint.link.unlinked", found.impediment().key()));
		}
		ValueGoal goal = sprints.goal(found.team(), args.raw(2));
		sprints.link(request.actor(), found, goal);
		return Reply.text(Words.current().get("sprint.link.linked", found.impediment().key(),
				goal.label(Words.current())));
	}

}
