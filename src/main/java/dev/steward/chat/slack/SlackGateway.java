package dev.steward.chat.slack;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.users.UsersListResponse;
import com.slack.api.model.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.Block;
import dev.steward.chat.ChatGateway;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.ChatSendException;
import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;
import dev.steward.chat.UserProfile;
import dev.steward.chat.Workspaces;

/**
 * Sends, updates and looks up through the Slack Web API, classifying failures for the delivery queue. A message
 * reference is {@code <channel>:<ts>}, since a DM posted to a user id lands in a channel of its own.
 */
class SlackGateway implements ChatGateway {

	/** Errors about the recipient; {@code account_inactive} is about Steward's own token, so it is not here. */
	private static final Set<String> UNREACHABLE = Set.of("user_not_found", "user_disabled", "cannot_dm_bot",
			"user_not_visible");

	private static final Set<String> TRANSIENT = Set.of("internal_error", "fatal_error", "service_unavailable",
			"request_timeout", "team_added_to_org");

	private static final Logger log = LoggerFactory.getLogger(SlackGateway.class);

	private final MethodsClient methods;

	private final Workspaces workspaces;

	private final SlackPacing pacing;

	SlackGateway(MethodsClient methods, Workspaces workspaces, SlackPacing pacing) {
		this.methods = methods;
		this.workspaces = workspaces;
		this.pacing = pacing;
	}

	@Override
	public Platform platform() {
		return Platform.SLACK;
	}

	/** Posts the message; its pictures follow as file uploads into the same conversation. */
	@Override
	public String send(Conversation to, ChatMessage message) throws ChatSendException {
		requireInstalled(to);
		ChatPostMessageResponse response = call(() -> methods.chatPostMessage((request) -> request.channel(to.id())
			.text(BlockKitRenderer.fallback(message))
			.blocks(BlockKitRenderer.blocks(message))
			.unfurlLinks(false)));
		for (Block.Image image : BlockKitRenderer.images(message)) {
			try {
				upload(response.getChannel(), image);
			}
			catch (ChatSendException ex) {
				log.warn("Posted to {} but could not attach {}: {}", to.key(), image.name(), ex.getMessage());
			}
		}
		return response.getChannel() + ":" + response.getTs();
	}

	/** Refuses, for good, to write to a workspace that uninstalled Steward or revoked its token. */
	private void requireInstalled(Conversation conversation) throws ChatSendException {
		if (workspaces.isDisabled(Platform.SLACK, conversation.workspaceId())) {
			throw new ChatSendException(ChatSendException.Kind.PERMANENT, "workspace uninstalled");
		}
	}

	/** Uploads a picture; a failure is logged by the caller, since retrying would post the message twice. */
	private void upload(String channel, Block.Image image) throws ChatSendException {
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
		catch (SlackFilesUploadV2Exception | IOException ex) {
			throw new ChatSendException(ChatSendException.Kind.TRANSIENT, "Slack file upload failed: " + ex.getMessage());
		}
	}

	@Override
	public void update(Conversation in, String messageRef, ChatMessage message) throws ChatSendException {
		requireInstalled(in);
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
		catch (IOException ex) {
			throw new ChatSendException(ChatSendException.Kind.TRANSIENT, "Slack unreachable: " + ex.getMessage());
		}
		if (!response.isOk()) {
			throw classify(response.getError());
		}
		return response;
	}

	private static ChatSendException classify(SlackApiException ex) {
		int status = ex.getResponse().code();
		if (status == 429) {
			String header = ex.getResponse().header("Retry-After");
			Duration wait = Duration.ofSeconds(header == null ? 30 : parseSeconds(header));
			return new ChatSendException(ChatSendException.Kind.RATE_LIMITED, "Slack HTTP 429", wait);
		}
		return new ChatSendException(status >= 500 ? ChatSendException.Kind.TRANSIENT
				: ChatSendException.Kind.PERMANENT, "Slack HTTP " + status);
	}

	private static long parseSeconds(String header) {
		try {
			return Math.max(1, Long.parseLong(header.strip()));
		}
		catch (NumberFormatException ex) {
			return 30;
		}
	}

	private static ChatSendException classify(String error) {
		if ("ratelimited".equals(error)) {
			return new ChatSendException(ChatSendException.Kind.RATE_LIMITED, error, Duration.ofSeconds(30));
		}
		ChatSendException.Kind kind = UNREACHABLE.contains(error) ? ChatSendException.Kind.UNREACHABLE
				: TRANSIENT.contains(error) ? ChatSendException.Kind.TRANSIENT : ChatSendException.Kind.PERMANENT;
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
		List<UserProfile> people = new ArrayList<>();
		String cursor = null;
		do {
			if (cursor != null) {
				pacing.beforeNextPage();
			}
			UsersListResponse page = usersListPage(cursor);
			if (page.getMembers() != null) {
				page.getMembers().stream().filter(SlackGateway::isPerson).map(SlackGateway::person).forEach(people::add);
			}
			cursor = (page.getResponseMetadata() != null) ? page.getResponseMetadata().getNextCursor() : null;
		}
		while (cursor != null && !cursor.isEmpty());
		return people;
	}

	private UsersListResponse usersListPage(String cursor) throws ChatSendException {
		for (int attempt = 1;; attempt++) {
			try {
				return call(() -> methods.usersList((request) -> request.cursor(cursor).limit(1000)));
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
