package dev.steward.command;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatForm;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.i18n.Aliases;
import dev.steward.i18n.Words;
import dev.steward.storage.DatabaseOutage;

import org.springframework.stereotype.Component;

/**
 * The one entry point adapters call for commands, button presses and form submissions: routes each to the feature
 * that registered it and turns user mistakes, failures and an unreachable database into a clear message, never a
 * stack trace.
 */
@Component
public class Interactions {

	private static final Logger log = LoggerFactory.getLogger(Interactions.class);

	static final String FAILURE = Words.ENGLISH.get("failure");

	/**
	 * The answer while the database cannot be reached: quick, and honest that nothing could be done; in English, as the
	 * reader's language is kept in the database.
	 */
	public static final String UNAVAILABLE = Words.ENGLISH.get("unavailable");

	private final Map<String, CommandHandler> commands;

	private final List<ActionHandler> actions;

	private final Map<String, FormHandler> forms;

	private final List<DirectMessageHandler> directMessages;

	private final List<ThreadReplyHandler> threadReplies;

	private final InboundEvents events;

	private final DatabaseOutage outage;

	private final InboundMetrics metrics;

	/** The language of the person behind a request. */
	private final ReaderWords readers;

	Interactions(List<CommandHandler> commands, List<ActionHandler> actions, List<FormHandler> forms,
			List<DirectMessageHandler> directMessages, List<ThreadReplyHandler> threadReplies, InboundEvents events,
			DatabaseOutage outage, InboundMetrics metrics, ReaderWords readers) {
		this.readers = readers;
		this.threadReplies = List.copyOf(threadReplies);
		this.commands = commands.stream().collect(Collectors.toMap(CommandHandler::command, Function.identity()));
		this.actions = List.copyOf(actions);
		this.forms = forms.stream().collect(Collectors.toMap(FormHandler::formId, Function.identity()));
		this.directMessages = List.copyOf(directMessages);
		this.events = events;
		this.outage = outage;
		this.metrics = metrics;
	}

	/** The command names, without slashes, in alphabetical order. */
	public List<String> commandNames() {
		return commands.keySet().stream().sorted().toList();
	}

	/** Answers a command in the language of the person who typed it; a translated first word counts as its English. */
	public Reply command(CommandRequest typed) {
		CommandRequest request = translated(typed);
		return Words.reading(words(request.actor(), request.channelId()), () -> commandIn(request));
	}

	private Reply commandIn(CommandRequest request) {
		CommandHandler handler = commands.get(request.command());
		if (handler == null) {
			metrics.count(request.actor(), "command", "unknown");
			return Suggestions.closest(request.command(), commands.keySet())
				.map((meant) -> Reply.text(Words.current().get("command.unknown", request.command(), meant)))
				.orElseGet(() -> Reply.message(help()));
		}
		String what = "/" + request.command() + " by " + request.actor().userId() + " in " + request.channelId();
		if (outage.recentlyUnreachable()) {
			metrics.count(request.actor(), "command", "unavailable");
			return unavailable(what);
		}
		try {
			Reply reply = handler.handle(request);
			metrics.count(request.actor(), "command", "handled");
			return reply;
		}
		catch (UsageException ex) {
			metrics.count(request.actor(), "command", "refused");
			return Reply.text(ex.getMessage());
		}
		catch (RuntimeException ex) {
			metrics.count(request.actor(), "command", failure(ex));
			return failed(what, ex);
		}
	}

	/** Answers a button press in the language of the person who pressed it. */
	public Reply action(ActionRequest request) {
		return Words.reading(words(request.actor(), request.channelId()), () -> actionIn(request));
	}

	private Reply actionIn(ActionRequest request) {
		ActionHandler handler = handler(request).orElse(null);
		if (handler == null) {
			metrics.count(request.actor(), "action", "unknown");
			log.warn("No handler for action {} from {}", request.actionId(), request.actor().userId());
			return Reply.text(Words.current().get("action.unknown"));
		}
		String what = "action " + request.actionId() + " by " + request.actor().userId();
		if (outage.recentlyUnreachable()) {
			metrics.count(request.actor(), "action", "unavailable");
			return unavailable(what);
		}
		try {
			Reply reply = handler.handle(request);
			metrics.count(request.actor(), "action", "handled");
			return reply;
		}
		catch (UsageException ex) {
			metrics.count(request.actor(), "action", "refused");
			return Reply.text(ex.getMessage());
		}
		catch (RuntimeException ex) {
			metrics.count(request.actor(), "action", failure(ex));
			return failed(what, ex);
		}
	}

	/**
	 * The form a button marked {@code Button.Inline} opens for the actor, read by pressing it (such a press only
	 * opens a form), for a platform to show in place of the button; empty when the press opens none or is refused.
	 * Not counted as a press.
	 */
	public Optional<ChatForm> formOf(ActionRequest request) {
		return Words.reading(words(request.actor(), request.channelId()), () -> formIn(request));
	}

	private Optional<ChatForm> formIn(ActionRequest request) {
		Optional<ActionHandler> handler = handler(request);
		if (handler.isEmpty() || outage.recentlyUnreachable()) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(handler.get().handle(request).form());
		}
		catch (UsageException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The actor's own version of a message that names the action as its view; a refusal (the actor is not in the
	 * team, the stand-up is gone) comes back as a message saying why, and an action that is no view as empty.
	 */
	public Optional<ChatMessage> view(ActionRequest request) {
		return Words.reading(words(request.actor(), request.channelId()), () -> viewIn(request));
	}

	private Optional<ChatMessage> viewIn(ActionRequest request) {
		Optional<ActionHandler> handler = handler(request);
		if (handler.isEmpty()) {
			return Optional.empty();
		}
		if (outage.recentlyUnreachable()) {
			return Optional.of(ChatMessage.text(unavailableText("view " + request.actionId())));
		}
		try {
			return handler.get().view(request);
		}
		catch (UsageException ex) {
			return Optional.of(ChatMessage.text(ex.getMessage()));
		}
	}

	private Optional<ActionHandler> handler(ActionRequest request) {
		return actions.stream().filter((candidate) -> request.actionId().startsWith(candidate.prefix())).findFirst();
	}

	/**
	 * Handles a submission; an unknown form, a failure or an unreachable database comes back as an error on the
	 * form's first field.
	 */
	public FormResult submit(FormSubmission submission, String firstFieldId) {
		return Words.reading(words(submission.actor(), null), () -> submitIn(submission, firstFieldId));
	}

	private FormResult submitIn(FormSubmission submission, String firstFieldId) {
		FormHandler handler = forms.get(submission.formId());
		if (handler == null) {
			metrics.count(submission.actor(), "form", "unknown");
			log.warn("No handler for form {} from {}", submission.formId(), submission.actor().userId());
			return FormResult.invalid(Map.of(firstFieldId, Words.current().get("form.unknown")));
		}
		String what = "form " + submission.formId() + " by " + submission.actor().userId();
		if (outage.recentlyUnreachable()) {
			metrics.count(submission.actor(), "form", "unavailable");
			return FormResult.invalid(Map.of(firstFieldId, unavailableText(what)));
		}
		try {
			FormResult result = handler.submit(submission);
			metrics.count(submission.actor(), "form", result.isAccepted() ? "handled" : "refused");
			return result;
		}
		catch (UsageException ex) {
			metrics.count(submission.actor(), "form", "refused");
			return FormResult.invalid(Map.of(firstFieldId, ex.getMessage()));
		}
		catch (RuntimeException ex) {
			metrics.count(submission.actor(), "form", failure(ex));
			return FormResult.invalid(Map.of(firstFieldId, failureText(what, ex)));
		}
	}

	/**
	 * Hands a direct message to the first feature that wants it, once per event however often the platform
	 * retries. Failures are logged, since the platform only needs the acknowledgement; while the database cannot be
	 * reached the message is not taken, and the reply says so for the adapter to pass on where it can.
	 */
	public Reply directMessage(DirectMessage message) {
		return Words.reading(words(message.actor(), null),
				() -> message("direct message " + message.eventKey() + " from " + message.actor().userId(),
						message.actor(), message.eventKey(),
						() -> directMessages.stream().anyMatch((handler) -> handler.handle(message))));
	}

	/**
	 * Hands a reply in the thread of one of Steward's channel messages to the first feature that wants it, as a direct
	 * message: once per event, failures logged; a reply no feature wants (people talking in a thread) is ignored.
	 */
	public Reply threadReply(ThreadReply reply) {
		return Words.reading(words(reply.actor(), reply.channel().id()),
				() -> message("thread reply " + reply.eventKey() + " from " + reply.actor().userId(), reply.actor(),
						reply.eventKey(), () -> threadReplies.stream().anyMatch((handler) -> handler.handle(reply))));
	}

	private Reply message(String what, Actor actor, String eventKey, java.util.function.BooleanSupplier handled) {
		if (outage.recentlyUnreachable()) {
			metrics.count(actor, "message", "unavailable");
			return notTaken(what);
		}
		try {
			if (!events.firstTime(eventKey)) {
				log.debug("Ignored a retry of event {}", eventKey);
				metrics.count(actor, "message", "ignored");
				return Reply.none();
			}
			metrics.count(actor, "message", handled.getAsBoolean() ? "handled" : "ignored");
		}
		catch (RuntimeException ex) {
			metrics.count(actor, "message", failure(ex));
			if (DatabaseOutage.isOutage(ex)) {
				outage.unreachable(what, ex);
				return notTaken(what);
			}
			log.error("{} failed", what, ex);
		}
		return Reply.none();
	}

	/** The outcome a failure counts as: the database could not be reached, or something else went wrong. */
	private static String failure(RuntimeException ex) {
		return DatabaseOutage.isOutage(ex) ? "unavailable" : "failed";
	}

	private Reply failed(String what, RuntimeException ex) {
		return Reply.text(failureText(what, ex));
	}

	/** What to tell the person about a failure; an unreachable database is expected, and warned about once. */
	private String failureText(String what, RuntimeException ex) {
		if (DatabaseOutage.isOutage(ex)) {
			outage.unreachable(what, ex);
			return UNAVAILABLE;
		}
		log.error("{} failed", what, ex);
		return Words.current().get("failure");
	}

	private static Reply unavailable(String what) {
		return Reply.text(unavailableText(what));
	}

	private static String unavailableText(String what) {
		log.debug("Answered {} without trying the database, which failed just now", what);
		return UNAVAILABLE;
	}

	private static Reply notTaken(String what) {
		log.info("Did not take {}: the database is unreachable", what);
		return Reply.text(UNAVAILABLE);
	}

	/** The general help, in the reader's language: one line per command, and the translated words it takes. */
	public ChatMessage help() {
		Words words = Words.current();
		Text.Builder text = Text.builder().bold(words.get("help.title")).plain("\n");
		commands.values()
			.stream()
			.sorted(Comparator.comparing(CommandHandler::command))
			.forEach((handler) -> text.plain(words.get("help.line", handler.command(), handler.summary()) + "\n"
					+ Aliases.helpLine(words, handler.command())));
		return ChatMessage.of(text.build());
	}

	/** The general help in the language of the person who asked for it. */
	public ChatMessage help(Actor actor, String channelId) {
		return Words.reading(words(actor, channelId), this::help);
	}

	/** The request with a translated first word ({@code antworten}) replaced by the English word it stands for. */
	private static CommandRequest translated(CommandRequest request) {
		String[] words = request.text().split("\\s", 2);
		String english = Aliases.toEnglish(request.command(), words[0]);
		if (english.equals(words[0])) {
			return request;
		}
		return new CommandRequest(request.actor(), request.channelId(), request.channelName(), request.direct(),
				request.command(), english + (words.length > 1 ? " " + words[1] : ""));
	}

	private Words words(Actor actor, String channelId) {
		return readers.of(actor, channelId);
	}

}
