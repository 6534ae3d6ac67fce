package dev.steward.sprint;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.steward.command.FormHandler;
import dev.steward.command.FormResult;
import dev.steward.command.FormSubmission;
import dev.steward.command.UsageException;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.i18n.Words;
import dev.steward.impediment.Impediment;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores a sprint review: for each goal, met, partly or not met, and a note. Only the team's PMs may review. */
@Component
class ReviewForm implements FormHandler {

	static final String ID = "sprint.review";

	static final int MAX_NOTE = 1000;

	private final SprintRepository sprints;

	private final TeamRepository teams;

	private final TeamDirectory directory;

	private final DeliveryQueue deliveries;

	private final Clock clock;

	private final ImpedimentLog impediments;

	ReviewForm(SprintRepository sprints, TeamRepository teams, TeamDirectory directory, DeliveryQueue deliveries,
			Clock clock, ImpedimentLog impediments) {
		this.impediments = impediments;
		this.deliveries = deliveries;
		this.sprints = sprints;
		this.teams = teams;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public String formId() {
		return ID;
	}

	@Override
	@Transactional
	public FormResult submit(FormSubmission submission) {
		Sprint sprint = sprints.find(SprintActions.sprintId(submission.context()))
			.orElseThrow(() -> new UsageException(Words.current().get("sprint.gone")));
		Team team = teams.find(sprint.teamId()).orElseThrow();
		directory.requirePm(team, submission.actor().userId());
		Map<String, String> problems = new HashMap<>();
		Map<ValueGoal, ValueGoal.Outcome> outcomes = new HashMap<>();
		for (ValueGoal goal : sprints.goals(sprint.id())) {
			String field = "outcome" + goal.position();
			try {
				outcomes.put(goal, ValueGoal.Outcome.valueOf(submission.value(field)));
			}
			catch (IllegalArgumentException ex) {
				problems.put(field, Words.current().get("sprint.review.choose"));
			}
			if (submission.value("note" + goal.position()).length() > MAX_NOTE) {
				problems.put("note" + goal.position(),
						Words.current().get("sprint.review.note-long", Integer.toString(MAX_NOTE)));
			}
		}
		if (!problems.isEmpty()) {
			return FormResult.invalid(problems);
		}
		outcomes.forEach((goal, outcome) -> sprints.review(goal.id(), outcome,
				blankToNull(submission.value("note" + goal.position())), submission.actor().userId(), clock.instant()));
		announce(team, sprint, submission.actor().userId());
		return FormResult.accepted();
	}

	/** The review card shows the result from now on, for every PM, and the team channel hears it. */
	private void announce(Team team, Sprint sprint, String actorId) {
		long at = clock.millis();
		Instant[] window = sprint.window(team.zone());
		List<ValueGoal> goals = sprints.goals(sprint.id());
		List<Impediment> changes = impediments.changesDecided(team, window[0], window[1]);
		for (Member pm : teams.members(team.id()).stream().filter(Member::isPm).toList()) {
			String card = "sprint-review:" + sprint.id() + ":" + pm.userId();
			if (deliveries.exists(card)) {
				deliveries.update("sprint-reviewed:" + sprint.id() + ":" + pm.userId() + ":" + at, card,
						team.direct(pm.userId()),
						SprintMessages.reviewed(pm.words(team), actorId, sprint, goals, changes));
			}
		}
		deliveries.post("sprint-reviewed:" + sprint.id() + ":" + at, team.channel(),
				SprintMessages.reviewed(team.words(), actorId, sprint, goals, changes));
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

}
