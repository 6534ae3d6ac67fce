package dev.steward.sprint;

import dev.steward.chat.Text;
import dev.steward.command.Args;
import dev.steward.command.CommandHandler;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;

import org.springframework.stereotype.Component;

/** The {@code /sprint} command: plan (a form), start, goals, end. */
@Component
class SprintCommands implements CommandHandler {

	static final String HELP = """
			/sprint goals: the current sprint's value goals, and which are at risk
			/sprint plan: (PMs) plan a sprint: name, dates and one to five value goals
			/sprint start: (PMs) start the next planned sprint today
			/sprint end: (PMs) end the current sprint today; the PMs get the review card
			/lesson <text> [goal <n>] [IMP-<n>]: record a lesson learned; /lesson list shows them""";

	private final TeamDirectory directory;

	private final Sprints sprints;

	private final SprintPlanForm planForm;

	private final SprintCeremonies ceremonies;

	private final DeliveryQueue deliveries;

	SprintCommands(TeamDirectory directory, Sprints sprints, SprintPlanForm planForm, SprintCeremonies ceremonies,
			DeliveryQueue deliveries) {
		this.deliveries = deliveries;
		this.directory = directory;
		this.sprints = sprints;
		this.planForm = planForm;
		this.ceremonies = ceremonies;
	}

	@Override
	public String command() {
		return "sprint";
	}

	@Override
	public String summary() {
		return "plan sprints with value goals, see what puts them at risk";
	}

	@Override
	public Reply handle(CommandRequest request) {
		Args args = request.args();
		return switch (args.word(0)) {
			case "goals" -> goals(request);
			case "plan" -> plan(request);
			case "start" -> start(request);
			case "end" -> end(request);
			case "", "help" -> Reply.text(HELP);
			default -> Reply.text("I don't know '/sprint " + args.raw(0) + "'. Here is what I can do:\n" + HELP);
		};
	}

	private Reply goals(CommandRequest request) {
		Team team = directory.teamFor(request);
		Sprint sprint = sprints.currentOrNext(team, sprints.today(team))
			.orElseThrow(() -> new UsageException(team.name() + " has no sprint planned. A PM can plan one with "
					+ "/sprint plan."));
		return Reply.message(SprintMessages.goals(sprint, sprints.views(team, sprint), sprints.today(team)));
	}

	private Reply plan(CommandRequest request) {
		Team team = directory.teamFor(request);
		directory.requirePm(team, request.actor().userId());
		return Reply.form(planForm.build(team));
	}

	private Reply start(CommandRequest request) {
		Team team = directory.teamFor(request);
		directory.requirePm(team, request.actor().userId());
		if (sprints.current(team, sprints.today(team)).isPresent()) {
			throw new UsageException("A sprint is running already; /sprint end closes it first.");
		}
		Sprint sprint = sprints.startNext(team)
			.orElseThrow(() -> new UsageException("There is no planned sprint to start. Plan one with /sprint plan; "
					+ "give it today's date to start it now."));
		ceremonies.remind(team, sprint);
		return Reply.text(sprint.name() + " starts today (" + SprintMessages.dates(sprint)
				+ "); the team channel gets its value goals.");
	}

	private Reply end(CommandRequest request) {
		Team team = directory.teamFor(request);
		directory.requirePm(team, request.actor().userId());
		Sprint sprint = sprints.end(team);
		deliveries.post("sprint-ended:" + sprint.id(), team.channel(),
				SprintMessages.ended(request.actor().userId(), sprint));
		ceremonies.review(team, sprint);
		return Reply.message(dev.steward.chat.ChatMessage.of(Text.plain(sprint.name()
				+ " ended today. The PMs get the review card; lessons go in with /lesson <text>.")));
	}

}
