package dev.steward.sprint;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.steward.chat.ChatForm;
import dev.steward.chat.FormField;
import dev.steward.command.FormHandler;
import dev.steward.command.FormResult;
import dev.steward.command.FormSubmission;
import dev.steward.command.UsageException;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.i18n.Words;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;

/** The sprint planning form: name, dates, and up to five goals with their measure and who cares about each. */
@Component
class SprintPlanForm implements FormHandler {

	static final String ID = "sprint.plan";

	private final Sprints sprints;

	private final TeamRepository teams;

	private final TeamDirectory directory;

	private final DeliveryQueue deliveries;

	SprintPlanForm(Sprints sprints, TeamRepository teams, TeamDirectory directory, DeliveryQueue deliveries) {
		this.deliveries = deliveries;
		this.sprints = sprints;
		this.teams = teams;
		this.directory = directory;
	}

	@Override
	public String formId() {
		return ID;
	}

	/** The form in the words of the PM who asked for it. */
	ChatForm build(Team team) {
		Words words = Words.current();
		LocalDate today = sprints.today(team);
		List<FormField> fields = new ArrayList<>(List.of(
				FormField.text("name", words.get("sprint.plan.name"), null, false),
				FormField.text("starts_on", words.get("sprint.plan.first"), today.toString(), false),
				FormField.text("ends_on", words.get("sprint.plan.last"), today.plusDays(13).toString(), false)));
		for (int i = 1; i <= Sprints.MAX_GOALS; i++) {
			boolean optional = i > 1;
			String number = Integer.toString(i);
			fields.add(FormField.text("goal" + i, words.get("sprint.plan.outcome", number), null, optional));
			fields.add(FormField.text("measure" + i, words.get("sprint.plan.measure", number), null, optional)
				.withHint(words.get("sprint.plan.measure-hint")));
			fields.add(new FormField("stakeholder" + i, words.get("sprint.plan.stakeholder", number),
					FormField.Type.USERS, true, List.of(), List.of(), null));
		}
		return new ChatForm(ID, words.get("sprint.plan.title"), words.get("sprint.plan.submit"),
				Long.toString(team.id()), fields);
	}

	@Override
	public FormResult submit(FormSubmission submission) {
		Team team = teams.find(Long.parseLong(submission.context()))
			.orElseThrow(() -> new UsageException(Words.current().get("sprint.plan.no-team")));
		directory.requirePm(team, submission.actor().userId());
		Map<String, String> problems = new HashMap<>();
		LocalDate startsOn = date(submission, "starts_on", problems);
		LocalDate endsOn = date(submission, "ends_on", problems);
		List<Sprints.GoalPlan> goals = new ArrayList<>();
		for (int i = 1; i <= Sprints.MAX_GOALS; i++) {
			String outcome = submission.value("goal" + i);
			String measure = submission.value("measure" + i);
			if (outcome.isEmpty() && measure.isEmpty()) {
				continue;
			}
			if (outcome.isEmpty() || measure.isEmpty()) {
				problems.put(outcome.isEmpty() ? "goal" + i : "measure" + i,
						Words.current().get("sprint.plan.both"));
			}
			List<String> stakeholder = submission.values("stakeholder" + i);
			goals.add(new Sprints.GoalPlan(outcome, measure, stakeholder.isEmpty() ? null : stakeholder.get(0)));
		}
		if (!problems.isEmpty()) {
			return FormResult.invalid(problems);
		}
		Sprint sprint;
		try {
			Sprints.checkGoals(goals);
		}
		catch (UsageException ex) {
			return FormResult.invalid(Map.of("goal1", ex.getMessage()));
		}
		try {
			sprint = sprints.plan(submission.actor(), team, submission.value("name"), startsOn, endsOn, goals);
		}
		catch (UsageException ex) {
			return FormResult.invalid(Map.of("starts_on", ex.getMessage()));
		}
		deliveries.post("sprint-planned:" + sprint.id(), team.channel(),
				SprintMessages.planned(team.words(), submission.actor().userId(), team, sprint, sprints.goals(sprint)));
		return FormResult.accepted();
	}

	private static LocalDate date(FormSubmission submission, String field, Map<String, String> problems) {
		try {
			return LocalDate.parse(submission.value(field));
		}
		catch (DateTimeException ex) {
			problems.put(field, Words.current().get("sprint.plan.not-a-date", submission.value(field)));
			return null;
		}
	}

}
