package dev.steward.standup;

import java.time.Clock;
import java.util.List;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.command.Actor;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;

/**
 * A member's own prompt and summary as they stand now, for platforms that refresh them per person: the prompt while
 * it is open, what it became once they answered (by form, message or command) or skipped; the summary with their
 * part in it.
 */
@Component
class PromptViews {

	private final AnswerService answers;

	private final Schedules schedules;

	private final StandupSummary summary;

	private final TeamRepository teams;

	private final List<StandupExtras> extras;

	private final Clock clock;

	PromptViews(AnswerService answers, Schedules schedules, StandupSummary summary, TeamRepository teams,
			List<StandupExtras> extras, Clock clock) {
		this.answers = answers;
		this.schedules = schedules;
		this.summary = summary;
		this.teams = teams;
		this.extras = extras;
		this.clock = clock;
	}

	ChatMessage current(Actor actor, long runId) {
		AnswerService.Context context = answers.context(actor, runId);
		Run run = context.run();
		if (context.entry().isAnswered()) {
			return StandupMessages.answered(run, run.isReported());
		}
		if (context.entry().isSkipped()) {
			return StandupMessages.skipped(run);
		}
		List<Text> notes = extras.stream()
			.flatMap((extra) -> extra.promptNote(context.team(), run.date()).stream())
			.toList();
		return StandupMessages.prompt(context.team(), context.config(), run, context.member(),
				schedules.of(context.config(), context.team()), clock.instant(), notes);
	}

	/** The run's summary as it stands now, with a line for the member saying where their own stand-up stands. */
	ChatMessage summary(Actor actor, long runId) {
		AnswerService.Context context = answers.context(actor, runId);
		ChatMessage composed = summary.compose(context.team(), schedules.of(context.config(), context.team()),
				context.run(), false);
		return StandupMessages.summaryFor(StandupMessages.summaryForChannel(composed, context.run(),
				teams.members(context.team().id())), context.run(), context.entry());
	}

}
