package dev.steward.chat.teams;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.Conversations;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationResourceResponse;
import com.microsoft.bot.schema.ResourceResponse;
import com.microsoft.bot.schema.Serialization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatGateway;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.ChatSendException;
import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;
import dev.steward.chat.UserProfile;

/**
 * Sends and updates cards through the Bot Connector at each conversation's stored service URL, opening a personal
 * chat (with the tenant id) the first time Steward writes to someone, and answers profile lookups and the directory
 * from what the rosters and the people's own activities said. A message reference is
 * {@code <conversation id>|<activity id>}.
 */
final class TeamsGateway implements ChatGateway {

	private static final Logger log = LoggerFactory.getLogger(TeamsGateway.class);

	private final ConversationStore conversations;

	private final TeamsPeople people;

	private final ConnectorClients clients;

	private final CardFactory cards;

	TeamsGateway(ConversationStore conversations, TeamsPeople people, ConnectorClients clients, CardFactory cards) {
		this.conversations = conversations;
		this.people = people;
		this.clients = clients;
		this.cards = cards;
	}

	@Override
	public Platform platform() {
		return Platform.TEAMS;
	}

	/**
	 * Sends the card. The Bot Connector offers no way to read back a bot's messages, so the delivery key is not
	 * sent: an attempt that timed out is sent again, and a duplicate is possible within one client time-out.
	 */
	@Override
	public String send(Conversation to, ChatMessage message, String deliveryKey) throws ChatSendException {
		ConversationRef ref = reference(to);
		Activity activity = cards.message(to.workspaceId(), message, reader(to));
		try {
			ResourceResponse sent = conversations(ref).sendToConversation(ref.conversationId(), activity).join();
			return ref.conversationId() + "|" + sent.getId();
		}
		catch (RuntimeException ex) {
			throw TeamsFailures.classify(ex, to);
		}
	}

	/**
	 * Replies in a channel message's reply chain (the conversation id with {@code ;messageid=} and the parent's
	 * activity id); personal and group chats have no reply chains, so there the message is sent as any other.
	 */
	@Override
	public String reply(Conversation to, String parentRef, ChatMessage message, String deliveryKey)
			throws ChatSendException {
		int bar = parentRef.lastIndexOf('|');
		if (to.kind() == Conversation.Kind.DIRECT || !isChannel(parentRef.substring(0, bar))) {
			return send(to, message, deliveryKey);
		}
		ConversationRef ref = reference(to);
		String chain = parentRef.substring(0, bar) + ";messageid=" + parentRef.substring(bar + 1);
		Activity activity = cards.message(to.workspaceId(), message, reader(to));
		try {
			ResourceResponse sent = conversations(ref).sendToConversation(chain, activity).join();
			return chain + "|" + sent.getId();
		}
		catch (RuntimeException ex) {
			throw TeamsFailures.classify(ex, to);
		}
	}

	@Override
	public void update(Conversation in, String messageRef, ChatMessage message) throws ChatSendException {
		ConversationRef ref = reference(in);
		int bar = messageRef.lastIndexOf('|');
		String conversationId = messageRef.substring(0, bar);
		String activityId = messageRef.substring(bar + 1);
		Activity activity = cards.message(in.workspaceId(), message, reader(in));
		activity.setId(activityId);
		try {
			conversations(ref).updateActivity(conversationId, activityId, activity).join();
		}
		catch (RuntimeException ex) {
			throw TeamsFailures.classify(ex, in);
		}
	}

	/** Whether the conversation is a team channel, which has reply chains (a group chat, {@code @thread.v2}, has not). */
	private static boolean isChannel(String conversationId) {
		return conversationId.contains("@thread.tacv2") || conversationId.contains("@thread.skype");
	}

	/** The one reader of a personal chat, whose card shows their own forms; null for a channel. */
	private static String reader(Conversation conversation) {
		return conversation.kind() == Conversation.Kind.DIRECT ? conversation.id() : null;
	}

	/** Steward can post to a Teams channel it was installed in, which is when it stored the channel's reference. */
	@Override
	public boolean canPost(Conversation channel) {
		return conversations.find(channel).isPresent();
	}

	@Override
	public Optional<UserProfile> profile(String workspaceId, String userId) {
		return people.find(workspaceId, userId).map(TeamsPeople.Person::profile);
	}

	/**
	 * Everyone Steward has seen in the tenant: the rosters it read when it was added to teams and the people who wrote
	 * to it, with the zones their own messages carried.
	 */
	@Override
	public List<UserProfile> directory(String workspaceId) {
		return people.everyone(workspaceId).stream().map(TeamsPeople.Person::profile).toList();
	}

	private ConversationRef reference(Conversation to) throws ChatSendException {
		Optional<ConversationRef> known = conversations.find(to);
		if (known.isPresent()) {
			return known.get();
		}
		if (to.kind() == Conversation.Kind.CHANNEL) {
			throw new ChatSendException(ChatSendException.Kind.PERMANENT,
					"Steward has not been added to Teams channel " + to.id());
		}
		return openPersonalChat(to);
	}

	/** Creates the personal chat with the person through the tenant's service URL, and keeps its reference. */
	private ConversationRef openPersonalChat(Conversation to) throws ChatSendException {
		ConversationRef any = conversations.latestInTenant(to.workspaceId())
			.orElseThrow(() -> new ChatSendException(ChatSendException.Kind.PERMANENT,
					"Steward is not installed anywhere in tenant " + to.workspaceId()));
		ConversationParameters parameters = new ConversationParameters();
		parameters.setIsGroup(false);
		parameters.setBot(new ChannelAccount(any.botId()));
		parameters.setMembers(List.of(new ChannelAccount(to.id())));
		parameters.setTenantId(to.workspaceId());
		ObjectNode channelData = Serialization.createObjectNode();
		channelData.putObject("tenant").put("id", to.workspaceId());
		parameters.setChannelData(channelData);
		try {
			ConversationResourceResponse created = conversations(any).createConversation(parameters).join();
			ConversationRef ref = new ConversationRef(created.getId(),
					created.getServiceUrl() != null ? created.getServiceUrl() : any.serviceUrl(), any.botId());
			conversations.remember(to, ref);
			log.info("Opened a personal chat with Teams user {} in tenant {}", to.id(), to.workspaceId());
			return ref;
		}
		catch (RuntimeException ex) {
			throw TeamsFailures.classify(ex, to);
		}
	}

	private Conversations conversations(ConversationRef ref) {
		return clients.forServiceUrl(ref.serviceUrl()).getConversations();
	}

}
