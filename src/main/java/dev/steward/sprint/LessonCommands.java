package dev.steward.sprint;

import java.util.ArrayList;
import java.util.List;

import dev.steward.command.Args;
import dev.steward.command.CommandHandler;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.i18n.Words;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;

import org.springframework.stereotype.Component;

/** The {@code /lesson} command: record a lesson at any time, tagged with the sprint and optionally a goal or an impediment. */
@Component
class LessonCommands implements CommandHandler {

	private final TeamDirectory directory;

	private final LessonBook book;

	private final Sprints sprints;

	private final ImpedimentLog impediments;

	LessonCommands(TeamDirectory directory, LessonBook book, Sprints sprints, ImpedimentLog impediments) {
		this.directory = directory;
		this.book = book;
		this.sprints = sprints;
		this.impediments = impediments;
	}

	@Override
	public String command() {
		return "lesson";
	}

	@Override
	public String summary() {
		return Words.current().get("sprint.lesson.summary");
	}

	@Override
	public Reply handle(CommandRequest request) {
		Args args = request.args();
		Team team = directory.teamFor(request);
		if (args.word(0).equals("list")) {
			return Reply.message(SprintMessages.lessons(Words.current(), team, book.list(team)));
		}
		if (args.isEmpty() || args.word(0).equals("help")) {
			return Reply.text(Words.current().get("sprint.lesson.help"));
		}
		directory.requireMember(team, request.actor().userId());
		List<String> words = new ArrayList<>(args.words());
		ValueGoal goal = null;
		Long impediment = null;
		while (words.size() > 1) {
			String last = words.get(words.size() - 1);
			if (goal == null && words.size() > 2 && words.get(words.size() - 2).equalsIgnoreCase("goal")) {
				goal = sprints.goal(team, last);
				words.subList(words.size() - 2, words.size()).clear();
			}
			else if (impediment == null && last.toUpperCase(java.util.Locale.ROOT).startsWith("IMP-")) {
				impediment = impediments.locate(request.actor(), Args.impedimentId(last)).impediment().id();
				words.remove(words.size() - 1);
			}
			else {
				break;
			}
		}
		book.record(team, request.actor().userId(), String.join(" ", words), goal, impediment);
		return Reply.text(Words.current().get("sprint.lesson.recorded"));
	}

}
