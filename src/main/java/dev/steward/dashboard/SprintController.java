package dev.steward.dashboard;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import dev.steward.i18n.Words;
import dev.steward.sprint.SprintOverview;
import dev.steward.team.Team;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A team's sprint page: the current sprint's goals and the impediments that threaten them, the latest sprints with
 * their review results, and the lessons register.
 */
@Controller
class SprintController {

	private final TeamAccess access;

	private final SprintOverview sprints;

	SprintController(TeamAccess access, SprintOverview sprints) {
		this.access = access;
		this.sprints = sprints;
	}

	@GetMapping("/dashboard/teams/{teamId}/sprints")
	String sprints(@PathVariable long teamId, Authentication authentication, Locale locale, Model model) {
		Viewer viewer = DashboardController.viewer(authentication);
		Words words = ViewerLocale.words(locale);
		Team team = access.visible(viewer, teamId).orElseThrow(DashboardController::notFound);
		Map<String, String> names = access.names(team);
		model.addAttribute("viewer", viewer);
		model.addAttribute("team", team);
		model.addAttribute("current", sprints.currentSprint(team).orElse(null));
		model.addAttribute("goals", sprints.currentGoals(team, words));
		model.addAttribute("sprints", sprints.recent(team, 12, words)
			.stream()
			.map((sprint) -> new Sprint(sprint.name(), PageDates.day(words, sprint.startsOn()) + " – "
					+ PageDates.day(words, sprint.endsOn()), sprint.current(), sprint.goals()))
			.toList());
		model.addAttribute("lessons", sprints.lessons(team, 100)
			.stream()
			.map((lesson) -> new Lesson(lesson.text(), names.getOrDefault(lesson.authorId(), lesson.authorId()),
					PageDates.day(words, LocalDate.ofInstant(lesson.at(), team.zone())), lesson.sprintName(),
					lesson.impedimentKey()))
			.toList());
		return "dashboard/sprints";
	}

	/** A sprint on the page. */
	record Sprint(String name, String dates, boolean current, java.util.List<SprintOverview.GoalView> goals) {
	}

	/** A lesson on the page. */
	record Lesson(String text, String author, String day, String sprint, String impediment) {
	}

}
