package dev.steward.chat.sandbox;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import dev.steward.chat.ChatGateway;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.ChatSendException;
import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;
import dev.steward.chat.UserProfile;

/** Delivers to the sandbox's own chat store, so the local chat shows exactly what Slack or Teams would receive. */
class SandboxGateway implements ChatGateway {

	private final SandboxMessageStore store;

	private final JsonMapper json;

	private final Clock clock;

	SandboxGateway(SandboxMessageStore store, JsonMapper json, Clock clock) {
		this.store = store;
		this.json = json;
		this.clock = clock;
	}

	/** The sandbox conversation id: {@code dm:<user>} or {@code channel:<id>}. */
	static String conversationId(Conversation conversation) {
		return (conversation.kind() == Conversation.Kind.DIRECT ? "dm:" : "channel:") + conversation.id();
	}

	@Override
	public Platform platform() {
		return Platform.SANDBOX;
	}

	@Override
	public String send(Conversation to, ChatMessage message, String deliveryKey) throws ChatSendException {
		if (to.kind() == Conversation.Kind.DIRECT && SandboxDirectory.find(to.id()).isEmpty()) {
			throw new ChatSendException(ChatSendException.Kind.UNREACHABLE, "no sandbox user " + to.id());
		}
		return Long.toString(store.add(conversationId(to), null, json.writeValueAsString(message), clock.instant()));
	}

	@Override
	public void update(Conversation in, String messageRef, ChatMessage message) throws ChatSendException {
		if (!store.replace(Long.parseLong(messageRef), json.writeValueAsString(message), clock.instant())) {
			throw new ChatSendException(ChatSendException.Kind.PERMANENT, "no sandbox message " + messageRef);
		}
	}

	/** The sandbox has one channel, the demo team's. */
	@Override
	public boolean canPost(Conversation channel) {
		return SandboxDirectory.CHANNEL.equals(channel.id());
	}

	@Override
	public Optional<UserProfile> profile(String workspaceId, String userId) {
		return SandboxDirectory.profile(userId);
	}

	/** The demo workspace's four people. */
	@Override
	public List<UserProfile> directory(String workspaceId) {
		return SandboxDirectory.USERS.stream().map(SandboxDirectory.DemoUser::profile).toList();
	}

}
