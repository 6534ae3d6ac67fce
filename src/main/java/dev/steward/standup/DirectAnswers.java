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
import dev.steward.i18n.Words;

import org.springframework.stereotype.Component;

/**
 * Takes stand-up answers written as a plain DM reply to the prompt: one line per question, in order. Anything
 * else gets a short explanation in the member's words for that team, so a DM to the bot is never met with silence.
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
			reply(message, ChatMessage.text(Words.current().get("answers.dm.hello")));
			return true;
		}
		AnswerService.Context context = answers.context(actor, runId.get());
		return Words.reading(context.member().words(context.team()), () -> answer(message, context));
	}

	/** Stores the lines as the answers to the run, or says why not in the reader's words. */
	private boolean answer(DirectMessage message, AnswerService.Context context) {
		List<Question> questions = context.config().questions();
		List<String> lines = Arrays.stream(message.text().split("\\R")).map(String::strip).filter((line) -> !line.isEmpty())
			.toList();
		if (lines.size() != questions.size()) {
			reply(message, AnswerFields.replyFormat(Words.current(), questions));
			return true;
		}
		try {
			answers.answer(message.actor(), context.run().id(), AnswerService.Answers.of(lines));
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
