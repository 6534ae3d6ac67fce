package dev.steward.chat.sandbox;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Platform;
import dev.steward.command.ActionRequest;
import dev.steward.command.Actor;
import dev.steward.command.CommandRequest;
import dev.steward.command.DirectMessage;
import dev.steward.command.FormResult;
import dev.steward.command.FormSubmission;
import dev.steward.command.Interactions;
import dev.steward.command.Reply;
import dev.steward.delivery.DeliveryDispatcher;
import dev.steward.scheduling.AdjustableClock;
import dev.steward.scheduling.Tick;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox chat's JSON API, used by its page, scripts and browser tests: people, conversations, messages,
 * commands, button presses and form submissions, and the clock control. After each change it runs the tick and
 * the delivery queue at once, so what Steward sends shows up immediately.
 */
@RestController
@RequestMapping(SandboxApi.PATH)
@Conditional(SandboxEnabled.class)
class SandboxApi {

	static final String PATH = "/sandbox/api";

	private static final Pattern AT_MENTION = Pattern.compile("(?<![<\\w])@([a-z][a-z0-9._-]*)");

	private final Interactions interactions;

	private final SandboxMessageStore store;

	private final JsonMapper json;

	private final AdjustableClock clock;

	private final Tick tick;

	private final DeliveryDispatcher dispatcher;

	SandboxApi(Interactions interactions, SandboxMessageStore store, JsonMapper json, AdjustableClock clock, Tick tick,
			DeliveryDispatcher dispatcher) {
		this.interactions = interactions;
		this.store = store;
		this.json = json;
		this.clock = clock;
		this.tick = tick;
		this.dispatcher = dispatcher;
	}

	@GetMapping("/users")
	List<Map<String, Object>> users() {
		return SandboxDirectory.USERS.stream()
			.map((user) -> Map.<String, Object>of("id", user.id(), "name", user.name(), "zone", user.zone().getId(),
					"role", user.role().name()))
			.toList();
	}

	@GetMapping("/conversations")
	List<Map<String, String>> conversations(@RequestParam(required = false) String user) {
		List<Map<String, String>> conversations = new ArrayList<>();
		conversations.add(Map.of("id", "channel:" + SandboxDirectory.CHANNEL, "kind", "channel", "name",
				"#" + SandboxDirectory.CHANNEL));
		SandboxDirectory.USERS.stream()
			.filter((candidate) -> user == null || candidate.id().equals(user))
			.forEach((candidate) -> conversations.add(Map.of("id", "dm:" + candidate.id(), "kind", "direct", "name",
					"Steward \u00b7 DM with " + candidate.name(), "user", candidate.id())));
		return conversations;
	}

	@GetMapping("/conversations/{id}/messages")
	List<Map<String, Object>> messages(@PathVariable String id) {
		return store.list(id)
			.stream()
			.map(this::view)
			.toList();
	}

	private Map<String, Object> view(SandboxMessageStore.Stored stored) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", stored.id());
		view.put("author", stored.author());
		view.put("at", stored.at().toString());
		view.put("edited", stored.edited());
		view.put("message", json.readValue(stored.payload(), ChatMessage.class));
		return view;
	}

	/** A plain message from the user to Steward in their DM, like a DM reply on Slack. */
	@PostMapping("/messages")
	Map<String, Object> message(@RequestBody CommandBody body) {
		Actor actor = actor(body.user());
		String text = body.text() == null ? "" : body.text().strip();
		if (text.isEmpty()) {
			throw new IllegalArgumentException("Write something to send.");
		}
		String conversation = "dm:" + actor.userId();
		long id = store.add(conversation, actor.userId(), json.writeValueAsString(ChatMessage.text(text)),
				clock.instant());
		interactions.directMessage(new DirectMessage(actor, mentions(text), "sandbox:" + id));
		settle();
		return Map.of("id", id, "conversation", conversation);
	}

	@PostMapping("/commands")
	Map<String, Object> command(@RequestBody CommandBody body) {
		Actor actor = actor(body.user());
		String text = body.text() == null ? "" : body.text().strip();
		if (!text.startsWith("/")) {
			throw new IllegalArgumentException("A command starts with a slash, such as /standup help.");
		}
		String[] parts = text.substring(1).split("\\s+", 2);
		String conversation = conversation(actor, body.conversation());
		boolean direct = conversation.startsWith("dm:");
		String channelId = direct ? conversation : conversation.replaceFirst("^channel:", "");
		Reply reply = interactions.command(new CommandRequest(actor, channelId, channelId, direct, parts[0],
				parts.length > 1 ? mentions(parts[1]) : ""));
		settle();
		return reply(reply, null);
	}

	@PostMapping("/actions")
	Map<String, Object> action(@RequestBody ActionBody body) {
		Actor actor = actor(body.user());
		if (body.form() != null) {
			FormResult result = interactions.submit(new FormSubmission(actor, body.form().formId(),
					body.form().context(), body.form().values() == null ? Map.of() : body.form().values()), "");
			settle();
			Map<String, Object> response = new LinkedHashMap<>();
			response.put("accepted", result.isAccepted());
			response.put("errors", result.errors());
			return response;
		}
		if (body.actionId() == null || body.actionId().isBlank()) {
			throw new IllegalArgumentException("Give either an actionId (a button press) or a form (a submission).");
		}
		String conversation = conversation(actor, body.conversation());
		if (body.messageId() != null && !store.isStewardsIn(body.messageId(), conversation)) {
			throw new IllegalArgumentException("Message " + body.messageId() + " is not one of Steward's in "
					+ conversation + ".");
		}
		Reply reply = interactions.action(new ActionRequest(actor, conversation, body.actionId(), body.value()));
		boolean replaced = reply.replacement() != null && body.messageId() != null
				&& store.replace(body.messageId(), json.writeValueAsString(reply.replacement()), clock.instant());
		if (reply.replacement() != null && !replaced) {
			reply = Reply.message(reply.replacement());
		}
		settle();
		return reply(reply, replaced ? body.messageId() : null);
	}

	@GetMapping("/clock")
	Map<String, String> now() {
		return Map.of("now", clock.instant().toString());
	}

	@PostMapping("/clock")
	Map<String, String> advance(@RequestBody ClockBody body) {
		Duration duration;
		try {
			duration = Duration.parse(body.advance());
		}
		catch (DateTimeException | NullPointerException ex) {
			throw new IllegalArgumentException("'advance' takes an ISO-8601 duration such as PT2H or P1D.");
		}
		if (duration.isNegative() || duration.compareTo(Duration.ofDays(30)) > 0) {
			throw new IllegalArgumentException("The clock only moves forward, by up to 30 days at a time.");
		}
		advanceInSteps(duration);
		return now();
	}

	/** Moves the clock in steps of at most 15 minutes, ticking after each, as a running service would. */
	private void advanceInSteps(Duration duration) {
		Duration left = duration;
		Duration step = Duration.ofMinutes(15);
		while (!left.isZero()) {
			Duration move = left.compareTo(step) > 0 ? step : left;
			clock.advance(move);
			left = left.minus(move);
			settle();
		}
	}

	private void settle() {
		tick.run();
		int sent;
		do {
			sent = dispatcher.dispatchDue();
		}
		while (sent > 0);
	}

	private Map<String, Object> reply(Reply reply, Long messageId) {
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("message", reply.message());
		response.put("form", reply.form());
		response.put("replaced", reply.replacement() != null ? messageId : null);
		return response;
	}

	/** The conversation the actor acts in: the team channel by default, or their own DM, never someone else's. */
	private static String conversation(Actor actor, String requested) {
		if (requested == null || requested.isBlank()) {
			return "channel:" + SandboxDirectory.CHANNEL;
		}
		if (requested.equals("channel:" + SandboxDirectory.CHANNEL) || requested.equals("dm:" + actor.userId())) {
			return requested;
		}
		throw new IllegalArgumentException(actor.userId() + " cannot act in " + requested
				+ "; use channel:" + SandboxDirectory.CHANNEL + " or dm:" + actor.userId() + ".");
	}

	private static Actor actor(String user) {
		SandboxDirectory.DemoUser demo = SandboxDirectory.find(user == null ? "" : user)
			.orElseThrow(() -> new IllegalArgumentException("Unknown sandbox user '" + user
					+ "'; GET /sandbox/api/users lists them."));
		return new Actor(Platform.SANDBOX, SandboxDirectory.WORKSPACE, demo.id(), demo.name());
	}

	/** Turns {@code @bob} into the neutral mention {@code <@bob>}. */
	static String mentions(String text) {
		return AT_MENTION.matcher(text).replaceAll("<@$1>");
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", ex.getMessage()));
	}

	/** A typed command: {@code {"user": "bob", "text": "/standup status", "conversation": "channel:team-alpha"}}. */
	record CommandBody(String user, String text, String conversation) {

	}

	/** A button press, or a form submission when {@code form} is set. */
	record ActionBody(String user, String conversation, Long messageId, String actionId, String value,
			FormBody form) {

	}

	/** A submitted form. */
	record FormBody(String formId, String context, Map<String, List<String>> values) {

	}

	/** A clock move: {@code {"advance": "PT2H"}}. */
	record ClockBody(String advance) {

	}

}
