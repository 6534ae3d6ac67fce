package dev.steward.chat.slack;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.users.UsersListResponse;
import com.slack.api.model.Message;
import com.slack.api.model.ResponseMetadata;
import com.slack.api.model.User;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.Block;
import dev.steward.chat.ChatGateway;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.ChatSendException;
import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;
import dev.steward.chat.RetryAfter;
import dev.steward.chat.SentCheck;
import dev.steward.chat.UserProfile;
import dev.steward.chat.Workspaces;

/**
 * Sends, updates and looks up through the Slack Web API, classifying failures for the delivery queue, and finds out
 * whether a message whose attempt timed out arrived. A message reference is {@code <channel>:<ts>}, since a DM posted
 * to a user id lands in a channel of its own.
 */
class SlackGateway implements ChatGateway {

	/** Errors about the recipient; {@code account_inactive} is about Steward's own token, so it is not here. */
	private static final Set<String> UNREACHABLE = Set.of("user_not_found", "user_disabled", "cannot_dm_bot",
			"user_not_visible");

	/** Errors that no retry can fix; anything else Slack might answer is retried until the message expires. */
	private static final Set<String> PERMANENT = Set.of("channel_not_found", "not_in_channel", "is_archived",
			"msg_too_long", "no_text", "invalid_blocks", "invalid_blocks_format", "invalid_auth", "not_authed",
			"account_inactive", "token_revoked", "token_expired", "no_permission", "missing_scope", "restricted_action",
			"invalid_arguments", "invalid_metadata_format", "invalid_metadata_schema", "metadata_too_large",
			"message_not_found", "cant_update_message", "edit_window_closed", "channel_is_archived", "not_allowed_token_type",
			"ekm_access_denied", "team_access_not_granted", "invalid_arg_name", "invalid_array_arg", "invalid_charset",
			"invalid_form_data", "invalid_post_type", "missing_post_type", "invalid_json", "json_not_object");

	private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);

	private static final String METADATA_TYPE = "steward_delivery";

	private static final String METADATA_KEY = "key";

	/** How many pages of history a duplicate check reads before it gives up and says it cannot tell. */
	private static final int HISTORY_PAGES = 5;

	private final Cache<String, String> directChannels = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofDays(1))
		.build();

	private static final Logger log = LoggerFactory.getLogger(SlackGateway.class);

	private final Slack slack;

	private final SlackTokens tokens;

	private final Workspaces workspaces;

	private final Clock clock;

	private final SlackPacing pacing;

	SlackGateway(Slack slack, SlackTokens tokens, Workspaces workspaces, Clock clock, SlackPacing pacing) {
		this.slack = slack;
		this.tokens = tokens;
		this.workspaces = workspaces;
		this.clock = clock;
		this.pacing = pacing;
	}

	@Override
	public Platform platform() {
		return Platform.SLACK;
	}

	/**
	 * Posts the message with its delivery key as Slack message metadata ({@code steward_delivery}), so a retry whose
	 * earlier attempt timed out can find out whether it arrived. Pictures are attached afterwards, one step each.
	 */
	@Override
	public String send(Conversation to, ChatMessage message, String deliveryKey) throws ChatSendException {
		ChatPostMessageResponse response = post(methods(to), to.id(), null, message, deliveryKey);
		rememberDirectChannel(to, response.getChannel());
		return response.getChannel() + ":" + response.getTs();
	}

	/** One {@code chat.postMessage}, in the thread of {@code threadTs} unless it is null, carrying the delivery key. */
	private ChatPostMessageResponse post(MethodsClient methods, String channel, String threadTs, ChatMessage message,
			String deliveryKey) throws ChatSendException {
		return call(() -> methods.chatPostMessage((request) -> request.channel(channel)
			.threadTs(threadTs)
			.text(BlockKitRenderer.fallback(message))
			.blocks(BlockKitRenderer.blocks(message))
			.metadata(Message.Metadata.builder()
				.eventType(METADATA_TYPE)
				.eventPayload(Map.of(METADATA_KEY, deliveryKey))
				.build())
			.unfurlLinks(false)));
	}

	/** Posts into the parent's thread ({@code thread_ts}), with the delivery key in its metadata as any post. */
	@Override
	public String reply(Conversation to, String parentRef, ChatMessage message, String deliveryKey)
			throws ChatSendException {
		int colon = parentRef.lastIndexOf(':');
		String channel = (to.kind() == Conversation.Kind.DIRECT) ? parentRef.substring(0, colon) : to.id();
		ChatPostMessageResponse response = post(methods(to), channel, parentRef.substring(colon + 1), message,
				deliveryKey);
		return response.getChannel() + ":" + response.getTs();
	}

	/** Reads the parent's thread ({@code conversations.replies}) for a reply carrying the delivery key. */
	@Override
	public SentCheck findReply(Conversation to, String parentRef, String deliveryKey, Instant since)
			throws ChatSendException {
		MethodsClient methods = methods(to);
		int colon = parentRef.lastIndexOf(':');
		String channel = (to.kind() == Conversation.Kind.DIRECT) ? parentRef.substring(0, colon) : to.id();
		String parentTs = parentRef.substring(colon + 1);
		return findCarrying(channel, deliveryKey, (cursor) -> {
			ConversationsRepliesResponse replies = call(() -> methods.conversationsReplies((request) -> request
				.channel(channel)
				.ts(parentTs)
				.oldest(since.getEpochSecond() + ".000000")
				.includeAllMetadata(true)
				.limit(200)
				.cursor(cursor)));
			return page(replies.getMessages(), replies.getResponseMetadata());
		});
	}

	@Override
	public boolean attachesSeparately() {
		return true;
	}

	@Override
	public void attach(Conversation to, String messageRef, Block.Image image) throws ChatSendException {
		upload(methods(to), messageRef.substring(0, messageRef.lastIndexOf(':')), image);
	}

	/**
	 * Reads the conversation's history since the instant, with metadata, for a message carrying the delivery key.
	 * A DM is looked up by its channel, which {@code conversations.open} names when no post told it yet.
	 */
	@Override
	public SentCheck findSent(Conversation to, String deliveryKey, Instant since) throws ChatSendException {
		MethodsClient methods = methods(to);
		String channel = channelOf(methods, to);
		return findCarrying(channel, deliveryKey, (cursor) -> {
			ConversationsHistoryResponse history = call(() -> methods.conversationsHistory((request) -> request
				.channel(channel)
				.oldest(since.getEpochSecond() + ".000000")
				.includeAllMetadata(true)
				.limit(200)
				.cursor(cursor)));
			return page(history.getMessages(), history.getResponseMetadata());
		});
	}

	/** One page of a conversation's messages, and the cursor of the next (blank or null after the last). */
	private record Page(List<Message> messages, String next) {
	}

	/** Reads the page at the cursor (null for the first). */
	@FunctionalInterface
	private interface PageReader {

		Page read(String cursor) throws ChatSendException;

	}

	private static Page page(List<Message> messages, ResponseMetadata metadata) {
		return new Page((messages == null) ? List.of() : messages, (metadata == null) ? null : metadata.getNextCursor());
	}

	/** Reads up to {@code HISTORY_PAGES} pages for a message carrying the delivery key. */
	private static SentCheck findCarrying(String channel, String deliveryKey, PageReader pages)
			throws ChatSendException {
		String cursor = null;
		for (int page = 0; page < HISTORY_PAGES; page++) {
			Page read = pages.read(cursor);
			for (Message message : read.messages()) {
				if (carries(message, deliveryKey)) {
					return SentCheck.found(channel + ":" + message.getTs());
				}
			}
			cursor = read.next();
			if (cursor == null || cursor.isBlank()) {
				return SentCheck.notFound();
			}
		}
		return SentCheck.cannotTell();
	}

	private static boolean carries(Message message, String deliveryKey) {
		Message.Metadata metadata = message.getMetadata();
		return metadata != null && METADATA_TYPE.equals(metadata.getEventType()) && metadata.getEventPayload() != null
				&& deliveryKey.equals(metadata.getEventPayload().get(METADATA_KEY));
	}

	/** The channel of a conversation: a channel's id, or the DM channel Slack keeps for a person. */
	private String channelOf(MethodsClient methods, Conversation to) throws ChatSendException {
		if (to.kind() == Conversation.Kind.CHANNEL) {
			return to.id();
		}
		String known = directChannels.getIfPresent(to.workspaceId() + ":" + to.id());
		if (known != null) {
			return known;
		}
		String opened = call(() -> methods.conversationsOpen((request) -> request.users(List.of(to.id()))))
			.getChannel()
			.getId();
		rememberDirectChannel(to, opened);
		return opened;
	}

	private void rememberDirectChannel(Conversation to, String channel) {
		if (to.kind() == Conversation.Kind.DIRECT && channel != null) {
			directChannels.put(to.workspaceId() + ":" + to.id(), channel);
		}
	}

	/**
	 * The Web API with the workspace's bot token; refuses, for good, to write to a workspace that uninstalled Steward
	 * or revoked its token, or where it is not installed.
	 */
	private MethodsClient methods(Conversation conversation) throws ChatSendException {
		if (workspaces.isDisabled(Platform.SLACK, conversation.workspaceId())) {
			throw new ChatSendException(ChatSendException.Kind.PERMANENT, "workspace uninstalled");
		}
		return slack.methods(token(conversation.workspaceId()).value());
	}

	private SlackTokens.BotToken token(String workspaceId) throws ChatSendException {
		return tokens.forWorkspace(workspaceId)
			.orElseThrow(() -> new ChatSendException(ChatSendException.Kind.PERMANENT,
					"Steward is not installed in Slack workspace " + workspaceId));
	}

	/**
	 * Uploads a picture into the channel. An answer Slack would never give (no upload URL, a page instead of JSON)
	 * is permanent for this picture: retrying cannot help, and the text is out already.
	 */
	private void upload(MethodsClient methods, String channel, Block.Image image) throws ChatSendException {
		byte[] png = Base64.getDecoder().decode(image.pngBase64());
		try {
			FilesUploadV2Response response = methods.filesUploadV2((request) -> request.channel(channel)
				.fileData(png)
				.filename(image.name())
				.title(image.altText())
				.altTxt(image.altText()));
			if (!response.isOk()) {
				throw classify(response.getError());
			}
		}
		catch (SlackApiException ex) {
			throw classify(ex);
		}
		catch (SlackFilesUploadV2Exception ex) {
			throw new ChatSendException(ChatSendException.Kind.PERMANENT, "Slack file upload failed: " + ex.getMessage());
		}
		catch (IOException ex) {
			throw new ChatSendException(ChatSendException.Kind.TRANSIENT, "Slack file upload failed: " + ex.getMessage());
		}
		catch (RuntimeException ex) {
			throw new ChatSendException(ChatSendException.Kind.PERMANENT, "Slack answered the file upload with "
					+ "something it never sends: " + ex.getClass().getSimpleName());
		}
	}

	@Override
	public void update(Conversation in, String messageRef, ChatMessage message) throws ChatSendException {
		MethodsClient methods = methods(in);
		int colon = messageRef.lastIndexOf(':');
		String channel = messageRef.substring(0, colon);
		String ts = messageRef.substring(colon + 1);
		call(() -> methods.chatUpdate((request) -> request.channel(channel)
			.ts(ts)
			.text(BlockKitRenderer.fallback(message))
			.blocks(BlockKitRenderer.blocks(message))));
	}

	/** Asks {@code conversations.info}; an unknown or private channel the bot cannot see counts as not postable. */
	@Override
	public boolean canPost(Conversation channel) throws ChatSendException {
		MethodsClient methods = methods(channel);
		try {
			com.slack.api.model.Conversation info = call(
					() -> methods.conversationsInfo((request) -> request.channel(channel.id())))
				.getChannel();
			return info != null && Boolean.TRUE.equals(info.isMember());
		}
		catch (ChatSendException ex) {
			if (ex.getMessage().endsWith("channel_not_found")) {
				return false;
			}
			throw ex;
		}
	}

	@Override
	public Optional<UserProfile> profile(String workspaceId, String userId) throws ChatSendException {
		MethodsClient methods = slack.methods(token(workspaceId).value());
		UsersInfoResponse response;
		try {
			response = call(() -> methods.usersInfo((request) -> request.user(userId)));
		}
		catch (ChatSendException ex) {
			if (ex.kind() == ChatSendException.Kind.UNREACHABLE) {
				return Optional.empty();
			}
			throw ex;
		}
		User user = response.getUser();
		String name = firstPresent(user.getProfile() == null ? null : user.getProfile().getDisplayName(),
				user.getRealName(), user.getName(), userId);
		ZoneId zone = null;
		try {
			zone = user.getTz() == null ? null : ZoneId.of(user.getTz());
		}
		catch (java.time.DateTimeException ex) {
			zone = null;
		}
		return Optional.of(new UserProfile(userId, name, zone));
	}

	private static String firstPresent(String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isBlank()) {
				return candidate;
			}
		}
		return "";
	}

	private <T extends SlackApiTextResponse> T call(SlackCall<T> call) throws ChatSendException {
		T response;
		try {
			response = call.run();
		}
		catch (SlackApiException ex) {
			throw classify(ex);
		}
		catch (ConnectException | UnknownHostException | NoRouteToHostException ex) {
			throw new ChatSendException(ChatSendException.Kind.TRANSIENT, "Slack unreachable: " + ex.getMessage());
		}
		catch (IOException ex) {
			throw new ChatSendException(ChatSendException.Kind.UNKNOWN, "no answer from Slack: " + ex);
		}
		catch (RuntimeException ex) {
			throw new ChatSendException(ChatSendException.Kind.TRANSIENT, "Slack answered with something that is not "
					+ "its JSON: " + ex.getClass().getSimpleName());
		}
		if (!response.isOk()) {
			throw classify(response.getError());
		}
		return response;
	}

	/** A 429 waits for its Retry-After (30 s when Slack sent none that can be read); 5xx is worth retrying. */
	private ChatSendException classify(SlackApiException ex) {
		int status = ex.getResponse().code();
		if (status == 429) {
			Duration wait = RetryAfter.parse(ex.getResponse().header("Retry-After"), clock.instant());
			return new ChatSendException(ChatSendException.Kind.RATE_LIMITED, "Slack HTTP 429",
					wait == null ? DEFAULT_RETRY_AFTER : wait);
		}
		return new ChatSendException(status >= 500 ? ChatSendException.Kind.TRANSIENT
				: ChatSendException.Kind.PERMANENT, "Slack HTTP " + status);
	}

	/**
	 * An error Slack names: the recipient's are unreachable, the ones Slack documents as passing are transient, the
	 * ones that can never succeed as asked (a channel that does not exist, Steward not in it, a bad token) are
	 * permanent, and one Steward does not know is treated as passing, retried with backoff until it expires.
	 */
	private static ChatSendException classify(String error) {
		if ("ratelimited".equals(error)) {
			return new ChatSendException(ChatSendException.Kind.RATE_LIMITED, error, DEFAULT_RETRY_AFTER);
		}
		ChatSendException.Kind kind = UNREACHABLE.contains(error) ? ChatSendException.Kind.UNREACHABLE
				: PERMANENT.contains(error) ? ChatSendException.Kind.PERMANENT : ChatSendException.Kind.TRANSIENT;
		return new ChatSendException(kind, "Slack error " + error);
	}

	/** One Web API call. */
	@FunctionalInterface
	private interface SlackCall<T> {

		T run() throws IOException, SlackApiException;

	}

	/**
	 * Everyone in the workspace (the token's) from {@code users.list}, 1,000 a page (Slack's most), without deleted
	 * users and bots. Pages are spaced for the method's tier 2 limit, and a throttled page is asked for again after
	 * Slack's {@code Retry-After}.
	 */
	@Override
	public List<UserProfile> directory(String workspaceId) throws ChatSendException {
		SlackTokens.BotToken token = token(workspaceId);
		MethodsClient methods = slack.methods(token.value());
		// An organisation's token reads one of its workspaces' directories when asked for it by name.
		String team = token.orgWide() ? workspaceId : null;
		List<UserProfile> people = new ArrayList<>();
		String cursor = null;
		do {
			if (cursor != null) {
				pacing.beforeNextPage();
			}
			UsersListResponse page = usersListPage(methods, team, cursor);
			if (page.getMembers() != null) {
				page.getMembers().stream().filter(SlackGateway::isPerson).map(SlackGateway::person).forEach(people::add);
			}
			cursor = (page.getResponseMetadata() != null) ? page.getResponseMetadata().getNextCursor() : null;
		}
		while (cursor != null && !cursor.isEmpty());
		return people;
	}

	private UsersListResponse usersListPage(MethodsClient methods, String team, String cursor)
			throws ChatSendException {
		for (int attempt = 1;; attempt++) {
			try {
				return call(() -> methods.usersList((request) -> request.teamId(team).cursor(cursor).limit(1000)));
			}
			catch (ChatSendException ex) {
				pacing.afterFailure(ex, attempt);
			}
		}
	}

	/** Whether the directory entry is a person: not deleted, not a bot, and not Slackbot, which is not marked a bot. */
	private static boolean isPerson(User user) {
		return !user.isDeleted() && !user.isBot() && !"USLACKBOT".equals(user.getId());
	}

	/** The person's name as Slack shows it (display name, else full name, else handle) and their zone. */
	private static UserProfile person(User user) {
		String name = firstPresent((user.getProfile() != null) ? user.getProfile().getDisplayName() : null,
				user.getRealName(), user.getName(), user.getId());
		ZoneId zone = null;
		try {
			zone = (user.getTz() != null) ? ZoneId.of(user.getTz()) : null;
		}
		catch (java.time.DateTimeException ex) {
			zone = null;
		}
		return new UserProfile(user.getId(), name, zone);
	}

}
