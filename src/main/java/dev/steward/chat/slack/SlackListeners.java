package dev.steward.chat.slack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatForm;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;
import dev.steward.chat.Workspaces;
import dev.steward.command.ActionRequest;
import dev.steward.command.Actor;
import dev.steward.command.CommandRequest;
import dev.steward.command.DirectMessage;
import dev.steward.command.ThreadReply;
import dev.steward.command.FormResult;
import dev.steward.command.FormSubmission;
import dev.steward.command.Interactions;
import dev.steward.command.ReaderWords;
import dev.steward.command.Reply;
import dev.steward.i18n.Words;
import dev.steward.storage.DatabaseOutage;
import dev.steward.team.TeamRepository;

/**
 * Connects Bolt to the neutral interactions: slash commands, button presses and modal submissions. Acks inline
 * (opening a modal is the only Web API call before the ack); replies through {@code response_url} go after it.
 */
final class SlackListeners {

	private static final Logger log = LoggerFactory.getLogger(SlackListeners.class);

	private static final Pattern MENTION = Pattern.compile("<@([A-Z0-9]+)(\\|[^>]*)?>");

	/** The interactive payload types Steward has listeners for; the signature filter acknowledges the others. */
	static final Set<String> INTERACTIONS = Set.of(BlockActionPayload.TYPE, ViewSubmissionPayload.TYPE);

	private final Interactions interactions;

	private final Executor responses;

	private final TeamRepository teams;

	private final Workspaces workspaces;

	private final DatabaseOutage outage;

	private final ReaderWords readers;

	private final Cache<String, Boolean> seen = Caffeine.newBuilder()
		.expireAfterWrite(java.time.Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	SlackListeners(Interactions interactions, Executor responses, TeamRepository teams, Workspaces workspaces,
			DatabaseOutage outage, ReaderWords readers) {
		this.readers = readers;
		this.interactions = interactions;
		this.responses = responses;
		this.teams = teams;
		this.workspaces = workspaces;
		this.outage = outage;
	}

	/**
	 * Someone who writes to Steward can be reached again, whatever a failed delivery concluded before; noted at the
	 * next message when the database cannot take it now.
	 */
	private Actor seen(Actor actor) {
		if (seen.getIfPresent(actor.userId()) == null) {
			outage.bestEffort("marking " + actor.userId() + " reachable", () -> {
				teams.markReachable(Platform.SLACK, actor.workspaceId(), actor.userId());
				seen.put(actor.userId(), Boolean.TRUE);
			});
		}
		return actor;
	}

	void register(App app) {
		for (String command : interactions.commandNames()) {
			app.command("/" + command, (request, context) -> command(command, request.getPayload(), context));
		}
		app.blockAction(Pattern.compile(".+"), (request, context) -> action(request.getPayload(), context));
		app.event(MessageEvent.class, (payload, context) -> {
			if (isThreadReply(payload.getEvent())) {
				threadReply(payload.getTeamId(), payload.getEventId(), payload.getEvent());
			}
			else {
				directMessage(payload.getTeamId(), payload.getEventId(), payload.getEvent(), context);
			}
			return context.ack();
		});
		app.viewSubmission(Pattern.compile(".+"), (request, context) -> {
			FormResult result = submit(request.getPayload());
			return result.isAccepted() ? context.ack() : context.ackWithErrors(result.errors());
		});
	}

	/** Rewrites Slack's escaped mentions ({@code <@U123|ann>}) to the neutral {@code <@U123>}. */
	static String normaliseMentions(String text) {
		return text == null ? "" : MENTION.matcher(text).replaceAll("<@$1>");
	}

	/**
	 * A slash command shows the workspace has Steward installed, whatever an earlier uninstall said; noted at the
	 * next command when the database cannot take it now.
	 */
	private void installed(String workspaceId) {
		outage.bestEffort("checking Slack workspace " + workspaceId, () -> {
			if (workspaces.isDisabled(Platform.SLACK, workspaceId)) {
				workspaces.enable(Platform.SLACK, workspaceId);
				log.info("Slack workspace {} uses Steward again; sending there again", workspaceId);
			}
		});
	}

	private Response command(String command, SlashCommandPayload payload, SlashCommandContext context) {
		installed(payload.getTeamId());
		Actor actor = seen(new Actor(Platform.SLACK, payload.getTeamId(), payload.getUserId(), payload.getUserName()));
		boolean direct = "directmessage".equals(payload.getChannelName())
				|| (payload.getChannelId() != null && payload.getChannelId().startsWith("D"));
		Reply reply = interactions.command(new CommandRequest(actor, payload.getChannelId(), payload.getChannelName(),
				direct, command, normaliseMentions(payload.getText())));
		if (reply.form() != null) {
			String problem = openModal(context.client(), payload.getTriggerId(), reply.form(),
					readers.of(actor, payload.getChannelId()));
			return problem == null ? context.ack() : context.ack(problem);
		}
		if (reply.message() != null) {
			ChatMessage message = reply.message();
			return context.ack((response) -> response.responseType("ephemeral")
				.text(BlockKitRenderer.fallback(message))
				.blocks(BlockKitRenderer.blocks(message)));
		}
		return context.ack();
	}

	/**
	 * Passes on what a person wrote in their DM with the bot; the bot's own messages and edits are ignored. A message
	 * Steward could not take gets its reply in the DM after the ack, since the queue needs the database too.
	 */
	private void directMessage(String teamId, String eventId, MessageEvent event, EventContext context) {
		if (event.getBotId() != null || event.getSubtype() != null || !"im".equals(event.getChannelType())
				|| event.getUser() == null) {
			return;
		}
		Actor actor = seen(new Actor(Platform.SLACK, teamId, event.getUser(), null));
		Reply reply = interactions
			.directMessage(new DirectMessage(actor, normaliseMentions(event.getText()), "slack:" + eventId));
		if (reply.message() != null) {
			sayLater(context, event.getChannel(), reply.message());
		}
	}

	/** A person's reply in a thread of a channel (not the thread's first message, not a bot, not an edit). */
	private static boolean isThreadReply(MessageEvent event) {
		return ("channel".equals(event.getChannelType()) || "group".equals(event.getChannelType()))
				&& event.getThreadTs() != null
				&& !event.getThreadTs().equals(event.getTs()) && event.getBotId() == null && event.getSubtype() == null
				&& event.getUser() != null;
	}

	/**
	 * Passes on a reply in a thread, which may answer a stand-up whose report the thread hangs from; nothing is said
	 * in the channel, so people talking in a thread are not interrupted.
	 */
	private void threadReply(String teamId, String eventId, MessageEvent event) {
		Actor actor = seen(new Actor(Platform.SLACK, teamId, event.getUser(), null));
		interactions.threadReply(new ThreadReply(actor, Conversation.channel(Platform.SLACK, teamId, event.getChannel()),
				event.getChannel() + ":" + event.getThreadTs(), normaliseMentions(event.getText()), "slack:" + eventId));
	}

	private void sayLater(EventContext context, String channel, ChatMessage message) {
		CompletableFuture.runAsync(() -> {
			try {
				ChatPostMessageResponse response = context.client()
					.chatPostMessage((request) -> request.channel(channel)
						.text(BlockKitRenderer.fallback(message))
						.blocks(BlockKitRenderer.blocks(message)));
				if (!response.isOk()) {
					log.warn("Could not answer in the DM {}: {}", channel, response.getError());
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}, responses).exceptionally((failure) -> {
			log.warn("Could not answer in the DM {}", channel, failure);
			return null;
		});
	}

	private Response action(BlockActionPayload payload, ActionContext context) {
		BlockActionPayload.Action pressed = payload.getActions().get(0);
		BlockActionPayload.User user = payload.getUser();
		String team = teamOf(payload.getTeam() == null ? null : payload.getTeam().getId(), user.getTeamId());
		Actor actor = seen(new Actor(Platform.SLACK, team, user.getId(), user.getUsername()));
		String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
		Reply reply = interactions.action(new ActionRequest(actor, channel, pressed.getActionId(), pressed.getValue()));
		if (reply.form() != null) {
			String problem = openModal(context.client(), payload.getTriggerId(), reply.form(),
					readers.of(actor, channel));
			if (problem != null) {
				respondLater(context, ChatMessage.text(problem), false);
			}
		}
		if (reply.replacement() != null) {
			respondLater(context, reply.replacement(), true);
		}
		if (reply.message() != null) {
			respondLater(context, reply.message(), false);
		}
		return context.ack();
	}

	private FormResult submit(ViewSubmissionPayload payload) {
		View view = payload.getView();
		ViewSubmissionPayload.User user = payload.getUser();
		String team = teamOf(payload.getTeam() == null ? null : payload.getTeam().getId(), user.getTeamId());
		Actor actor = new Actor(Platform.SLACK, team, user.getId(), user.getUsername());
		String firstField = Optional.ofNullable(view.getBlocks())
			.orElse(List.of())
			.stream()
			.filter(InputBlock.class::isInstance)
			.map((block) -> ((InputBlock) block).getBlockId())
			.findFirst()
			.orElse("");
		return interactions.submit(new FormSubmission(actor, view.getCallbackId(), view.getPrivateMetadata(),
				values(view.getState())), firstField);
	}

	/** The team the person acts in: an org-wide install may send no team, only the user's own. */
	private static String teamOf(String teamId, String userTeamId) {
		return teamId != null ? teamId : userTeamId;
	}

	private static Map<String, List<String>> values(ViewState state) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (state == null || state.getValues() == null) {
			return values;
		}
		state.getValues().forEach((blockId, actions) -> {
			List<String> list = new ArrayList<>();
			actions.values().forEach((value) -> list.addAll(values(value)));
			values.put(blockId, list);
		});
		return values;
	}

	private static List<String> values(ViewState.Value value) {
		if (value.getSelectedUsers() != null) {
			return value.getSelectedUsers();
		}
		if (value.getSelectedOptions() != null) {
			return value.getSelectedOptions().stream().map(ViewState.SelectedOption::getValue).toList();
		}
		if (value.getSelectedOption() != null) {
			return List.of(value.getSelectedOption().getValue());
		}
		return value.getValue() == null ? List.of() : List.of(value.getValue());
	}

	/**
	 * Opens the modal within the trigger's three seconds; returns a message for the user, in their words, if Slack
	 * refused.
	 */
	private static String openModal(com.slack.api.methods.MethodsClient client, String triggerId, ChatForm form,
			Words words) {
		try {
			ViewsOpenResponse response = client.viewsOpen((request) -> request.triggerId(triggerId)
				.view(BlockKitRenderer.modal(form, words)));
			if (response.isOk()) {
				return null;
			}
			log.warn("views.open for {} failed: {}", form.formId(), response.getError());
		}
		catch (Exception ex) {
			log.warn("views.open for {} failed", form.formId(), ex);
		}
		return words.get("platform.slack.form-not-opened");
	}

	private void respondLater(ActionContext context, ChatMessage message, boolean replace) {
		CompletableFuture.runAsync(() -> {
			try {
				context.respond((response) -> response.replaceOriginal(replace)
					.responseType(replace ? null : "ephemeral")
					.text(BlockKitRenderer.fallback(message))
					.blocks(BlockKitRenderer.blocks(message)));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}, responses).exceptionally((failure) -> {
			log.warn("Could not answer through response_url", failure);
			return null;
		});
	}

}
