package dev.steward.sprint;

import java.util.ArrayList;
import java.util.List;

import dev.steward.chat.ChatForm;
import dev.steward.chat.FormField;
import dev.steward.command.ActionHandler;
import dev.steward.command.ActionRequest;
import dev.steward.command.Args;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;

/** The sprint's buttons: "Review the goals" on the review card, "Record a lesson" after a resolution. */
@Component
class SprintActions implements ActionHandler {

	static final String REVIEW = "sprint.review";

	static final String LESSON = "sprint.lesson";

	private final SprintRepository sprints;

	private final TeamRepository teams;

	private final TeamDirectory directory;

	private final ImpedimentLog impediments;

	SprintActions(SprintRepository sprints, TeamRepository teams, TeamDirectory directory,
			ImpedimentLog impediments) {
		this.sprints = sprints;
		this.teams = teams;
		this.directory = directory;
		this.impediments = impediments;
	}

	@Override
	public String prefix() {
		return "sprint.";
	}

	@Override
	public Reply handle(ActionRequest request) {
		return switch (request.actionId()) {
			case REVIEW -> review(request);
			case LESSON -> lesson(request);
			default -> throw new UsageException("That button is no longer supported.");
		};
	}

	private Reply review(ActionRequest request) {
		Sprint sprint = sprints.find(sprintId(request.value()))
			.orElseThrow(() -> new UsageException("That sprint no longer exists."));
		Team team = teams.find(sprint.teamId()).orElseThrow();
		directory.requirePm(team, request.actor().userId());
		List<FormField> fields = new ArrayList<>();
		List<FormField.Option> outcomes = List.of(new FormField.Option("MET", "Met"),
				new FormField.Option("PARTLY", "Partly met"), new FormField.Option("NOT_MET", "Not met"));
		for (ValueGoal goal : sprints.goals(sprint.id())) {
			fields.add(new FormField("outcome" + goal.position(), goal.label(), FormField.Type.SELECT, false,
					goal.reviewOutcome() == null ? List.of() : List.of(goal.reviewOutcome().name()), outcomes, null));
			fields.add(FormField.text("note" + goal.position(), "Goal " + goal.position() + ": a note", goal.reviewNote(),
					true));
		}
		return Reply.form(new ChatForm(ReviewForm.ID, "Review " + sprint.name(), "Save", Long.toString(sprint.id()),
				fields));
	}

	/** Reads the sprint id a button or form carries. */
	static long sprintId(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new UsageException("That button is out of date; type /sprint goals.");
		}
	}

	private Reply lesson(ActionRequest request) {
		ImpedimentLog.Located found = impediments.locate(request.actor(), Args.impedimentId(request.value()));
		return Reply.form(new ChatForm(LessonForm.ID, "Lesson from " + found.impediment().key(), "Record",
				Long.toString(found.impediment().id()),
				List.of(FormField.multiline("text", "What should the team learn from it?", null, false))));
	}

}
