package dev.steward.standup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.steward.chat.ChatMessage;
import dev.steward.command.ThreadReply;
import dev.steward.command.ThreadReplyHandler;
import dev.steward.command.UsageException;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.i18n.Words;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;

/**
 * Takes stand-up answers written as a reply in the thread of the team's report: one line per question, in order, from
 * someone who stands up and has not answered yet, while its report can still show them (until the end of the next working day). Anyone else talking in
 * the thread is left alone; a participant whose reply does not read as answers, or comes after the stand-up closed for
 * them, is told so once, in a DM.
 */
@Component
class ThreadAnswers implements ThreadReplyHandler {

	private static final Pattern REPORT = Pattern.compile("report:s(\\d+):(\\d{4}-\\d{2}-\\d{2})");

	private final DeliveryQueue deliveries;

	private final StandupRepository standups;

	private final AnswerService answers;

	private final TeamRepository teams;

	private final Schedules schedules;

	private final Clock clock;

	ThreadAnswers(DeliveryQueue deliveries, StandupRepository standups, AnswerService answers, TeamRepository teams,
			Schedules schedules, Clock clock) {
		this.teams = teams;
		this.schedules = schedules;
		this.clock = clock;
		this.deliveries = deliveries;
		this.standups = standups;
		this.answers = answers;
	}

	@Override
	public boolean handle(ThreadReply reply) {
		Optional<Run> run = reportRun(reply.parentRef());
		if (run.isEmpty()) {
			return false;
		}
		Optional<Member> member = teams.member(run.get().teamId(), reply.actor().userId());
		if (member.isEmpty() || !member.get().participates()) {
			return true;
		}
		Optional<StandupConfig> config = standups.standup(run.get().standupId());
		Optional<Team> team = teams.find(run.get().teamId());
		if (config.isEmpty() || team.isEmpty() || !clock.instant()
			.isBefore(schedules.of(config.get(), team.get()).endOfNextWorkingDay(run.get().date()))) {
			deliveries.post("thread-closed:" + run.get().id() + ":" + member.get().id(), reply.actor().directConversation(),
					ChatMessage.text(Words.current().get("answers.thread.closed",
							Words.current().day(run.get().date()))));
			return true;
		}
		AnswerService.Context context;
		try {
			context = answers.context(reply.actor(), run.get().id());
		}
		catch (UsageException notInTheTeam) {
			return true;
		}
		if (context.entry().isAnswered()) {
			return true;
		}
		List<Question> questions = context.config().questions();
		List<String> lines = Arrays.stream(reply.text().split("\\R")).map(String::strip)
			.filter((line) -> !line.isEmpty())
			.toList();
		if (lines.size() != questions.size()) {
			deliveries.post("thread-hint:" + run.get().id() + ":" + context.member().id(),
					reply.actor().directConversation(), AnswerFields.replyFormat(Words.current(), questions));
			return true;
		}
		try {
			answers.answer(reply.actor(), run.get().id(), AnswerService.Answers.of(lines));
		}
		catch (UsageException refused) {
			deliveries.post("thread-refused:" + reply.eventKey(), reply.actor().directConversation(),
					ChatMessage.text(refused.getMessage()));
		}
		return true;
	}

	/** The stand-up run whose report is the thread's parent, if it is one. */
	private Optional<Run> reportRun(String parentRef) {
		return deliveries.keyPostedAs(parentRef).flatMap((key) -> {
			Matcher matcher = REPORT.matcher(key);
			return matcher.matches()
					? standups.findRun(Long.parseLong(matcher.group(1)), LocalDate.parse(matcher.group(2)))
					: Optional.empty();
		});
	}

}
