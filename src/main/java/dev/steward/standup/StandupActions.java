package dev.steward.standup;

import java.util.Optional;

import dev.steward.chat.ChatMessage;
import dev.steward.command.ActionHandler;
import dev.steward.command.ActionRequest;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.i18n.Words;

import org.springframework.stereotype.Component;

/**
 * The buttons on stand-up prompts: Answer opens the form, Skip today skips; and each member's own, current version of
 * their prompt.
 */
@Component
class StandupActions implements ActionHandler {

	private final AnswerService answers;

	private final AnswerForm form;

	private final Removals removals;

	private final PromptViews views;

	StandupActions(AnswerService answers, AnswerForm form, Removals removals, PromptViews views) {
		this.removals = removals;
		this.views = views;
		this.answers = answers;
		this.form = form;
	}

	@Override
	public String prefix() {
		return "standup.";
	}

	@Override
	public Reply handle(ActionRequest request) {
		long runId = runId(request.value());
		return switch (request.actionId()) {
			case StandupMessages.ANSWER -> {
				AnswerService.Context context = answers.context(request.actor(), runId);
				if (context.run().isReported() && context.entry().isAnswered()) {
					throw AnswerService.closed(Words.current(), context.run().date());
				}
				yield Reply.form(form.build(context));
			}
			case StandupMessages.SKIP -> Reply.replace(answers.skip(request.actor(), runId));
			case Removals.REMOVE -> removals.confirm(request, runId);
			case Removals.KEEP -> removals.keep();
			default -> throw new UsageException(Words.current().get("answers.button.unsupported"));
		};
	}

	@Override
	public Optional<ChatMessage> view(ActionRequest request) {
		return switch (request.actionId()) {
			case StandupMessages.VIEW -> Optional.of(views.current(request.actor(), runId(request.value())));
			case StandupMessages.SUMMARY_VIEW -> Optional.of(views.summary(request.actor(), runId(request.value())));
			default -> Optional.empty();
		};
	}

	private static long runId(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new UsageException(Words.current().get("answers.button.out-of-date"));
		}
	}

}
