package dev.steward.standup;

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

import org.springframework.stereotype.Component;

/**
 * Takes stand-up answers written as a reply in the thread of the team's report: one line per question, in order, from
 * someone who stands up and has not answered yet. Anyone else talking in the thread is left alone; a participant
 * whose reply does not read as answers is told the format once, in a DM.
 */
@Component
class ThreadAnswers implements ThreadReplyHandler {

	private static final Pattern REPORT = Pattern.compile("report:s(\\d+):(\\d{4}-\\d{2}-\\d{2})");

	private final DeliveryQueue deliveries;

	private final StandupRepository standups;

	private final AnswerService answers;

	ThreadAnswers(DeliveryQueue deliveries, StandupRepository standups, AnswerService answers) {
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
		AnswerService.Context context;
		try {
			context = answers.context(reply.actor(), run.get().id());
		}
		catch (UsageException notInTheTeam) {
			return true;
		}
		if (context.entry().isAnswered() || !context.member().participates()) {
			return true;
		}
		List<Question> questions = context.config().questions();
		List<String> lines = Arrays.stream(reply.text().split("\\R")).map(String::strip)
			.filter((line) -> !line.isEmpty())
			.toList();
		if (lines.size() != questions.size()) {
			deliveries.post("thread-hint:" + run.get().id() + ":" + context.member().id(),
					reply.actor().directConversation(), StandupMessages.replyFormat(questions));
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
