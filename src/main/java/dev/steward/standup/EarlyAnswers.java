package dev.steward.standup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.steward.command.Args;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.i18n.Words;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;

import org.springframework.stereotype.Component;

/**
 * {@code /standup answer}: a member answers today's stand-up in their own time, before their prompt; once they have,
 * the prompt and the reminder are not sent (the prompter skips whoever answered), and answering again edits.
 */
@Component
class EarlyAnswers {


	private final TeamDirectory directory;

	private final StandupRepository standups;

	private final Schedules schedules;

	private final AnswerService answers;

	private final AnswerForm form;

	private final Clock clock;

	private final WhichStandup which;

	EarlyAnswers(TeamDirectory directory, StandupRepository standups, Schedules schedules, AnswerService answers,
			AnswerForm form, Clock clock, WhichStandup which) {
		this.which = which;
		this.directory = directory;
		this.standups = standups;
		this.schedules = schedules;
		this.answers = answers;
		this.form = form;
		this.clock = clock;
	}

	Reply answer(CommandRequest request, Args args) {
		Words words = Words.current();
		Team team = directory.teamFor(request);
		Member member = directory.requireMember(team, request.actor().userId());
		WhichStandup.Choice choice = which.one(team, args, List::isEmpty);
		if (choice.args().size() > 1) {
			throw new UsageException(words.get("answers.early.one-name"));
		}
		StandupConfig config = choice.config();
		if (!member.participates()) {
			throw new UsageException(words.get("answers.early.not-participating", team.name()));
		}
		StandupSchedule schedule = schedules.of(config, team);
		Instant now = clock.instant();
		LocalDate today = schedule.memberDate(now, member);
		if (!schedule.isStandupDay(today) || member.isAwayOn(today)) {
			throw new UsageException(words.get("answers.early.nothing-today",
					words.get(member.isAwayOn(today) ? "answers.early.away" : "answers.early.not-a-standup-day")));
		}
		Run run = standups.run(config, today, now);
		AnswerService.Context context = answers.context(request.actor(), run.id());
		if (context.run().isReported() && context.entry().isAnswered()) {
			throw AnswerService.closed(words, today);
		}
		return Reply.form(form.build(context));
	}

}
