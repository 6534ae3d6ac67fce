package dev.steward.sprint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.steward.chat.FormField;
import dev.steward.chat.Text;
import dev.steward.i18n.Words;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.standup.StandupExtras;
import dev.steward.team.Member;
import dev.steward.team.Team;

import org.springframework.stereotype.Component;

/**
 * The sprint in the stand-up: a one-line reminder of the goals on the prompt, goal tags in the answer form, and the
 * goals at risk (and who works on which) in the summary.
 */
@Component
class SprintStandupExtras implements StandupExtras {

	private final Sprints sprints;

	private final SprintRepository repository;

	private final ImpedimentLog impediments;

	SprintStandupExtras(Sprints sprints, SprintRepository repository, ImpedimentLog impediments) {
		this.sprints = sprints;
		this.repository = repository;
		this.impediments = impediments;
	}

	@Override
	public Optional<Text> promptNote(Words words, Team team, LocalDate date) {
		return sprints.current(team, date).map((sprint) -> Text.plain(words.get("sprint.prompt-note", sprint.name(),
				String.join(" \u00b7 ", sprints.goals(sprint).stream().map((goal) -> goal.label(words)).toList()))));
	}

	@Override
	public List<FormField.Option> goalChoices(Words words, Team team, LocalDate date) {
		return sprints.current(team, date)
			.map((sprint) -> sprints.goals(sprint)
				.stream()
				.map((goal) -> new FormField.Option(Long.toString(goal.id()), goal.label(words)))
				.toList())
			.orElse(List.of());
	}

	@Override
	public List<Text> summaryNotes(Words words, Team team, LocalDate date, long runId) {
		Optional<Sprint> sprint = sprints.current(team, date);
		if (sprint.isEmpty()) {
			return List.of();
		}
		Map<Long, List<String>> focus = repository.focus(runId);
		Text.Builder text = Text.builder().bold(words.get("sprint.summary.title", sprint.get().name()));
		for (Sprints.GoalView view : sprints.views(team, sprint.get())) {
			text.plain("\n" + view.goal().label(words));
			if (view.atRisk()) {
				text.bold(" " + words.get("sprint.summary.at-risk") + " ")
					.plain(words.get("sprint.summary.oldest", SprintMessages.keys(view.blockers()), view.oldestAge(words)));
			}
			List<String> names = focus.getOrDefault(view.goal().id(), List.of());
			if (!names.isEmpty()) {
				text.plain(" \u00b7 " + words.get("sprint.summary.today", String.join(", ", names)));
			}
		}
		return new ArrayList<>(List.of(text.build()));
	}

	@Override
	public void answered(Team team, long runId, Member member, String todayGoal, String blockerGoal,
			Long blockerImpedimentId) {
		List<Long> goals = goalChoices(team.words(), team, sprints.today(team)).stream()
			.map((option) -> Long.parseLong(option.value()))
			.toList();
		parse(todayGoal).filter(goals::contains).ifPresent((goal) -> repository.focus(runId, member.id(), goal));
		if (blockerImpedimentId != null) {
			parse(blockerGoal).filter(goals::contains)
				.flatMap(repository::goal)
				.ifPresent((goal) -> impediments.find(blockerImpedimentId).ifPresent((found) -> sprints
					.link(new dev.steward.command.Actor(team.platform(), team.workspaceId(), member.userId(), null),
							found, goal)));
		}
	}

	private static Optional<Long> parse(String goalId) {
		try {
			return goalId == null ? Optional.empty() : Optional.of(Long.parseLong(goalId));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
