package dev.steward.sprint;

import dev.steward.command.Args;
import dev.steward.command.FormHandler;
import dev.steward.command.FormResult;
import dev.steward.command.FormSubmission;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.team.TeamDirectory;

import org.springframework.stereotype.Component;

/** Records a lesson learned from a resolved impediment, tagged with the impediment, its goal and the sprint. */
@Component
class LessonForm implements FormHandler {

	static final String ID = "sprint.lesson";

	private final LessonBook book;

	private final ImpedimentLog impediments;

	private final TeamDirectory directory;

	LessonForm(LessonBook book, ImpedimentLog impediments, TeamDirectory directory) {
		this.book = book;
		this.impediments = impediments;
		this.directory = directory;
	}

	@Override
	public String formId() {
		return ID;
	}

	@Override
	public FormResult submit(FormSubmission submission) {
		ImpedimentLog.Located found = impediments.locate(submission.actor(),
				Args.impedimentId(submission.context()));
		directory.requireMember(found.team(), submission.actor().userId());
		book.record(found.team(), submission.actor().userId(), submission.value("text"), null,
				found.impediment().id());
		return FormResult.accepted();
	}

}
