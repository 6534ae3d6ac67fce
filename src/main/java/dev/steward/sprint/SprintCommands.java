package dev.steward.sprint;

import dev.steward.chat.Text;
import dev.steward.command.Args;
import dev.steward.command.CommandHandler;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.i18n.Words;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;

import org.springframework.stereotype.Component;

/** The {@code /sprint} command: plan (a form), start, goals, end. */
@Component
class SprintCommands implements CommandHandler {

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
		return Words.current().get("sprint.summary");
	}

	@Override
	public Reply handle(CommandRequest request) {
		Args args = request.args();
		return switch (args.word(0)) {
			case "goals" -> goals(request);
			case "plan" -> plan(request);
			case "start" -> start(request);
			case "end" -> end(request);
			case "", "help" -> Reply.text(Words.current().get("sprint.help"));
			default -> Reply.text(
					Words.current().get("sprint.unknown", args.raw(0), Words.current().get("sprint.help")));
		};
	}

	private Reply goals(CommandRequest request) {
		Team team = directory.teamFor(request);
		Sprint sprint = sprints.currentOrNext(team, sprints.today(team))
			.orElseThrow(() -> new UsageException(Words.current().get("sprint.no-sprint", team.name())));
		return Reply.message(
				SprintMessages.goals(Words.current(), sprint, sprints.views(team, sprint), sprints.today(team)));
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
			throw new UsageException(Words.current().get("sprint.running"));
		}
		Sprint sprint = sprints.startNext(team)
			.orElseThrow(() -> new UsageException(Words.current().get("sprint.none-planned")));
		ceremonies.remind(team, sprint);
		return Reply.text(Words.current()
			.get("sprint.started", sprint.name(), SprintMessages.dates(Words.current(), sprint)));
	}

	private Reply end(CommandRequest request) {
		Team team = directory.teamFor(request);
		directory.requirePm(team, request.actor().userId());
		Sprint sprint = sprints.end(team);
		deliveries.post("sprint-ended:" + sprint.id(), team.channel(),
				SprintMessages.ended(team.words(), request.actor().userId(), sprint));
		ceremonies.review(team, sprint);
		return Reply.message(dev.steward.chat.ChatMessage.of(
				Text.plain(Words.current().get("sprint.ended.reply", sprint.name()))));
	}

}
