package dev.steward.sprint;

import dev.steward.command.Actor;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Recording a lesson from outside chat (the REST API), with the rules {@code /lesson} has: members only, one text. */
@Component
public class Lessons {

	private final LessonBook book;

	private final TeamDirectory directory;

	private final ImpedimentLog impediments;

	Lessons(LessonBook book, TeamDirectory directory, ImpedimentLog impediments) {
		this.book = book;
		this.directory = directory;
		this.impediments = impediments;
	}

	/** Records the lesson in the team's current sprint, about the impediment if one is named (its id, or null). */
	@Transactional
	public void record(Team team, Actor actor, String text, Long impedimentId) {
		directory.requireMember(team, actor.userId());
		Long about = (impedimentId == null) ? null : impediments.locate(actor, impedimentId).impediment().id();
		book.record(team, actor.userId(), (text == null) ? "" : text, null, about);
	}

}
