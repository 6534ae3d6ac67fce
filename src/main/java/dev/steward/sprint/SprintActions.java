package dev.steward.sprint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.steward.chat.ChatForm;
import dev.steward.chat.FormField;
import dev.steward.command.ActionHandler;
import dev.steward.command.ActionRequest;
import dev.steward.command.Args;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.i18n.Words;
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
			default -> throw new UsageException(Words.current().get("sprint.button.unsupported"));
		};
	}

	private Reply review(ActionRequest request) {
		Sprint sprint = sprints.find(sprintId(request.value()))
			.orElseThrow(() -> new UsageException(Words.current().get("sprint.gone")));
		Team team = teams.find(sprint.teamId()).orElseThrow();
		directory.requirePm(team, request.actor().userId());
		Words words = Words.current();
		List<FormField> fields = new ArrayList<>();
		List<FormField.Option> outcomes = Arrays.stream(ValueGoal.Outcome.values())
			.map((outcome) -> new FormField.Option(outcome.name(), outcome.option(words)))
			.toList();
		for (ValueGoal goal : sprints.goals(sprint.id())) {
			fields.add(new FormField("outcome" + goal.position(), goal.label(words), FormField.Type.SELECT, false,
					goal.reviewOutcome() == null ? List.of() : List.of(goal.reviewOutcome().name()), outcomes, null));
			fields.add(FormField.text("note" + goal.position(),
					words.get("sprint.review.note", Integer.toString(goal.position())), goal.reviewNote(), true));
		}
		return Reply.form(new ChatForm(ReviewForm.ID, words.get("sprint.review.title", sprint.name()),
				words.get("sprint.review.save"), Long.toString(sprint.id()), fields));
	}

	/** Reads the sprint id a button or form carries. */
	static long sprintId(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new UsageException(Words.current().get("sprint.out-of-date"));
		}
	}

	private Reply lesson(ActionRequest request) {
		ImpedimentLog.Located found = impediments.locate(request.actor(), Args.impedimentId(request.value()));
		Words words = Words.current();
		return Reply.form(new ChatForm(LessonForm.ID, words.get("sprint.lesson.form", found.impediment().key()),
				words.get("sprint.lesson.record"), Long.toString(found.impediment().id()),
				List.of(FormField.multiline("text", words.get("sprint.lesson.question"), null, false))));
	}

}
