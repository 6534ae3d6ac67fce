package dev.steward.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.steward.i18n.Words;
import dev.steward.standup.StandupHistory;
import dev.steward.team.Team;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A team's stand-up history: its days, everyone's answers on one day, one person's answers over time, and a search
 * across all answers.
 */
@Controller
class HistoryController {

	private static final Set<String> PARAMETERS = Set.of("date", "person", "q");

	private static final int LIMIT = 200;

	private final TeamAccess access;

	private final StandupHistory history;

	HistoryController(TeamAccess access, StandupHistory history) {
		this.access = access;
		this.history = history;
	}

	@GetMapping("/dashboard/teams/{teamId}/standups")
	String standups(@PathVariable long teamId, Authentication authentication, HttpServletRequest request,
			Locale locale, Model model) {
		Viewer viewer = DashboardController.viewer(authentication);
		Words words = ViewerLocale.words(locale);
		Team team = access.visible(viewer, teamId).orElseThrow(DashboardController::notFound);
		Map<String, String[]> parameters = request.getParameterMap();
		for (String name : parameters.keySet()) {
			if (!PARAMETERS.contains(name)) {
				throw new LogFilter.BadFilter(name, "dashboard.bad-filter.history-parameter");
			}
		}
		List<StandupHistory.Day> days = history.days(team, 60);
		Map<String, String> people = access.names(team);
		model.addAttribute("viewer", viewer);
		model.addAttribute("team", team);
		model.addAttribute("people", people);
		model.addAttribute("days", days.stream().map((day) -> new Day(day.date().toString(),
				words.dayWithYear(day.date()), words.get("dashboard.answered-of", Integer.toString(day.answered()),
						Integer.toString(day.asked()))))
			.toList());
		model.addAttribute("states", states(words));
		String q = request.getParameter("q");
		String person = request.getParameter("person");
		if (q != null && !q.isBlank()) {
			if (q.length() > 200) {
				throw new LogFilter.BadFilter("q", "dashboard.bad-filter.too-long", "200");
			}
			model.addAttribute("q", q.strip());
			model.addAttribute("found", lines(words, history.search(team, q, LIMIT)));
			return "dashboard/standups";
		}
		if (person != null && !person.isBlank()) {
			if (!people.containsKey(person)) {
				throw new LogFilter.BadFilter("person", "dashboard.bad-filter.person", team.name());
			}
			model.addAttribute("person", people.get(person));
			model.addAttribute("found", lines(words, history.byPerson(team, person, LIMIT)));
			return "dashboard/standups";
		}
		LocalDate date = date(request.getParameter("date"), days);
		if (date != null) {
			model.addAttribute("date", words.dayWithYear(date));
			List<StandupHistory.Entry> entries = history.day(team, date);
			model.addAttribute("entries", entries);
			model.addAttribute("severalStandups", entries.stream().map(StandupHistory.Entry::standup).distinct()
				.count() > 1);
		}
		return "dashboard/standups";
	}


	private static LocalDate date(String given, List<StandupHistory.Day> days) {
		if (given == null || given.isBlank()) {
			return days.isEmpty() ? null : days.get(0).date();
		}
		try {
			return LocalDate.parse(given.strip());
		}
		catch (DateTimeParseException ex) {
			throw new LogFilter.BadFilter("date", "dashboard.bad-filter.date");
		}
	}

	/** Each state of an entry ({@code answered}, {@code no answer}) in the viewer's words. */
	private static Map<String, String> states(Words words) {
		return Map.of("answered", words.get("dashboard.standups.state.answered"), "skipped",
				words.get("dashboard.standups.state.skipped"), "no answer",
				words.get("dashboard.standups.state.no-answer"), "not asked",
				words.get("dashboard.standups.state.not-asked"));
	}

	private static List<Line> lines(Words words, List<StandupHistory.Answer> answers) {
		return answers.stream()
			.map((answer) -> new Line(words.dayWithYear(answer.date()), answer.date().toString(), answer.name(),
					answer.question(), answer.text()))
			.toList();
	}

	/** A day in the list of days. */
	record Day(String iso, String label, String answered) {
	}

	/** An answer in a search or a person's history. */
	record Line(String day, String iso, String name, String question, String text) {
	}

}
