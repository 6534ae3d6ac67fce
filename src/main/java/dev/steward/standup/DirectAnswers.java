package dev.steward.standup;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.steward.chat.ChatMessage;
import dev.steward.command.Actor;
import dev.steward.command.DirectMessage;
import dev.steward.command.DirectMessageHandler;
import dev.steward.command.UsageException;
import dev.steward.delivery.DeliveryQueue;

import org.springframework.stereotype.Component;

/**
 * Takes stand-up answers written as a plain DM reply to the prompt: one line per question, in order. Anything
 * else gets a short explanation, so a DM to the bot is never met with silence.
 */
@Component
class DirectAnswers implements DirectMessageHandler {

	private final StandupRepository standups;

	private final AnswerService answers;

	private final DeliveryQueue deliveries;

	DirectAnswers(StandupRepository standups, AnswerService answers, DeliveryQueue deliveries) {
		this.standups = standups;
		this.answers = answers;
		this.deliveries = deliveries;
	}

	@Override
	public boolean handle(DirectMessage message) {
		Actor actor = message.actor();
		Optional<Long> runId = standups.latestPromptedRun(actor.platform(), actor.workspaceId(), actor.userId());
		if (runId.isEmpty()) {
			reply(message, ChatMessage.text("Hi! I'm Steward. I'll message you when it's stand-up time. "
					+ "Type /standup help or /impediment help to see what I can do."));
			return true;
		}
		AnswerService.Context context = answers.context(actor, runId.get());
		List<Question> questions = context.config().questions();
		List<String> lines = Arrays.stream(message.text().split("\\R")).map(String::strip).filter((line) -> !line.isEmpty())
			.toList();
		if (lines.size() != questions.size()) {
			reply(message, StandupMessages.replyFormat(questions));
			return true;
		}
		try {
			answers.answer(actor, runId.get(), AnswerService.Answers.of(lines));
		}
		catch (UsageException ex) {
			reply(message, ChatMessage.text(ex.getMessage()));
		}
		return true;
	}

	private void reply(DirectMessage message, ChatMessage reply) {
		deliveries.post("dm-reply:" + message.eventKey(), message.actor().directConversation(), reply);
	}

}
