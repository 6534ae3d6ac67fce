package dev.steward.standup;

import java.time.Clock;
import java.util.List;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.command.Actor;
import dev.steward.command.UsageException;
import dev.steward.i18n.Words;
import dev.steward.team.Member;
import dev.steward.team.Team;
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

	private final StandupRepository standups;

	private final Schedules schedules;

	private final StandupSummary summary;

	private final TeamRepository teams;

	private final List<StandupExtras> extras;

	private final Clock clock;

	PromptViews(AnswerService answers, StandupRepository standups, Schedules schedules, StandupSummary summary, TeamRepository teams,
			List<StandupExtras> extras, Clock clock) {
		this.answers = answers;
		this.standups = standups;
		this.schedules = schedules;
		this.summary = summary;
		this.teams = teams;
		this.extras = extras;
		this.clock = clock;
	}

	ChatMessage current(Actor actor, long runId) {
		AnswerService.Context context = answers.context(actor, runId);
		Run run = context.run();
		Words words = context.member().words(context.team());
		if (context.entry().isAnswered()) {
			return StandupMessages.answered(words, run, run.isReported());
		}
		if (context.entry().isSkipped()) {
			return StandupMessages.skipped(words, run);
		}
		List<Text> notes = extras.stream()
			.flatMap((extra) -> extra.promptNote(words, context.team(), run.date()).stream())
			.toList();
		return StandupMessages.prompt(context.team(), context.config(), run, context.member(),
				schedules.of(context.config(), context.team()), clock.instant(), notes,
				standups.nameIfSeveral(context.config()));
	}

	/**
	 * The run's summary as it stands now; a participant's has a line saying where their own stand-up stands. Anyone
	 * else in the channel (Teams refreshes a card for everyone in a small one) gets the summary as it is.
	 */
	ChatMessage summary(Actor actor, long runId) {
		Run run = standups.findRun(runId)
			.orElseThrow(() -> new UsageException(Words.current().get("standup.view.gone")));
		Team team = teams.find(run.teamId()).orElseThrow();
		StandupConfig config = standups.standup(run.standupId())
			.orElseThrow(() -> new UsageException(Words.current().get("standup.view.no-config", team.name())));
		List<Member> members = teams.members(team.id());
		ChatMessage composed = StandupMessages.summaryForChannel(
				summary.compose(team, schedules.of(config, team), run, false), run, members);
		return members.stream()
			.filter((member) -> member.participates() && member.userId().equals(actor.userId()))
			.findFirst()
			.map((member) -> StandupMessages.summaryFor(member.words(team), composed, run, standups.entries(run.id())
				.getOrDefault(member.id(), new Entry(run.id(), member.id(), null, null, null, null))))
			.orElse(composed);
	}

}
