package dev.steward.command;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;

import org.springframework.stereotype.Component;

/**
 * The one entry point adapters call for commands, button presses and form submissions: routes each to the feature
 * that registered it and turns user mistakes and failures into a clear message, never a stack trace.
 */
@Component
public class Interactions {

	private static final Logger log = LoggerFactory.getLogger(Interactions.class);

	static final String FAILURE = "Sorry, something went wrong on our side and nothing was changed. "
			+ "Please try again in a moment.";

	private final Map<String, CommandHandler> commands;

	private final List<ActionHandler> actions;

	private final Map<String, FormHandler> forms;

	private final List<DirectMessageHandler> directMessages;

	private final InboundEvents events;

	Interactions(List<CommandHandler> commands, List<ActionHandler> actions, List<FormHandler> forms,
			List<DirectMessageHandler> directMessages, InboundEvents events) {
		this.commands = commands.stream().collect(Collectors.toMap(CommandHandler::command, Function.identity()));
		this.actions = List.copyOf(actions);
		this.forms = forms.stream().collect(Collectors.toMap(FormHandler::formId, Function.identity()));
		this.directMessages = List.copyOf(directMessages);
		this.events = events;
	}

	/** The command names, without slashes, in alphabetical order. */
	public List<String> commandNames() {
		return commands.keySet().stream().sorted().toList();
	}

	public Reply command(CommandRequest request) {
		CommandHandler handler = commands.get(request.command());
		if (handler == null) {
			return Suggestions.closest(request.command(), commands.keySet())
				.map((meant) -> Reply.text("I don't know /" + request.command() + ". Did you mean /" + meant + "? "
						+ "/" + meant + " help shows what it does."))
				.orElseGet(() -> Reply.message(help()));
		}
		try {
			return handler.handle(request);
		}
		catch (UsageException ex) {
			return Reply.text(ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Command /{} by {} in {} failed", request.command(), request.actor().userId(),
					request.channelId(), ex);
			return Reply.text(FAILURE);
		}
	}

	public Reply action(ActionRequest request) {
		ActionHandler handler = actions.stream()
			.filter((candidate) -> request.actionId().startsWith(candidate.prefix()))
			.findFirst()
			.orElse(null);
		if (handler == null) {
			log.warn("No handler for action {} from {}", request.actionId(), request.actor().userId());
			return Reply.text("That button is no longer supported. Type /standup help to see what you can do.");
		}
		try {
			return handler.handle(request);
		}
		catch (UsageException ex) {
			return Reply.text(ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Action {} by {} failed", request.actionId(), request.actor().userId(), ex);
			return Reply.text(FAILURE);
		}
	}

	/** Handles a submission; an unknown form or a failure comes back as an error on the form's first field. */
	public FormResult submit(FormSubmission submission, String firstFieldId) {
		FormHandler handler = forms.get(submission.formId());
		if (handler == null) {
			log.warn("No handler for form {} from {}", submission.formId(), submission.actor().userId());
			return FormResult.invalid(Map.of(firstFieldId, "This form is no longer supported."));
		}
		try {
			return handler.submit(submission);
		}
		catch (UsageException ex) {
			return FormResult.invalid(Map.of(firstFieldId, ex.getMessage()));
		}
		catch (RuntimeException ex) {
			log.error("Form {} by {} failed", submission.formId(), submission.actor().userId(), ex);
			return FormResult.invalid(Map.of(firstFieldId, FAILURE));
		}
	}

	/**
	 * Hands a direct message to the first feature that wants it, once per event however often the platform
	 * retries; failures are logged, since the platform only needs the acknowledgement.
	 */
	public void directMessage(DirectMessage message) {
		if (!events.firstTime(message.eventKey())) {
			log.debug("Ignored a retry of event {}", message.eventKey());
			return;
		}
		try {
			for (DirectMessageHandler handler : directMessages) {
				if (handler.handle(message)) {
					return;
				}
			}
		}
		catch (RuntimeException ex) {
			log.error("Direct message {} from {} failed", message.eventKey(), message.actor().userId(), ex);
		}
	}

	/** The general help: one line per command. */
	public ChatMessage help() {
		Text.Builder text = Text.builder().bold("Steward commands").plain("\n");
		commands.values()
			.stream()
			.sorted(Comparator.comparing(CommandHandler::command))
			.forEach((handler) -> text.plain("/" + handler.command() + " help: " + handler.summary() + "\n"));
		return ChatMessage.of(text.build());
	}

}
