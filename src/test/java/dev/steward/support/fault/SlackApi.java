package dev.steward.support.fault;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Slack's Web API methods as the stand-in answers them, in Slack's shapes, over its messages, people and files. */
final class SlackApi {

	private static final int HISTORY_PAGE = 100;

	private static final int HISTORY_MAX_PAGE = 999;

	private final SlackMessages messages;

	private final SlackDirectory directory;

	private final SlackFiles files;

	private final Supplier<String> baseUrl;

	private int lastViewId;

	SlackApi(SlackMessages messages, SlackDirectory directory, SlackFiles files, Supplier<String> baseUrl) {
		this.messages = messages;
		this.directory = directory;
		this.files = files;
		this.baseUrl = baseUrl;
	}

	/** Answers a Web API method called with a token of the workspace (null when no token came). */
	Answer handle(String method, String workspace, Request request, Instant now) {
		if (workspace == null) {
			return error("not_authed");
		}
		return switch (method) {
			case SlackStandIn.AUTH_TEST -> authTest(workspace);
			case SlackStandIn.POST_MESSAGE -> post(workspace, request, now);
			case SlackStandIn.UPDATE -> update(request);
			case SlackStandIn.OPEN -> open(request);
			case SlackStandIn.HISTORY -> history(request);
			case SlackStandIn.INFO -> info(request);
			case SlackStandIn.USERS_LIST -> usersList(workspace, request, now);
			case SlackStandIn.USERS_INFO -> usersInfo(workspace, request, now);
			case SlackStandIn.VIEWS_OPEN, SlackStandIn.VIEWS_PUBLISH -> view(method, request);
			case SlackStandIn.UPLOAD_URL -> uploadUrl(request);
			case SlackStandIn.COMPLETE_UPLOAD -> completeUpload(request);
			default -> error("unknown_method");
		};
	}

	/** Takes the bytes of a file at its upload URL. */
	Answer upload(String fileId, byte[] bytes) {
		if (!files.upload(fileId, bytes.length)) {
			return Answer.of(404, "text/plain; charset=utf-8", "Not Found");
		}
		return Answer.of(200, "text/plain; charset=utf-8", "OK - " + bytes.length);
	}

	static ObjectNode ok() {
		return Json.object().put("ok", true);
	}

	static Answer error(String error) {
		return Answer.json(Json.object().put("ok", false).put("error", error));
	}

	private static Answer authTest(String workspace) {
		return Answer.json(ok().put("url", "https://" + workspace.toLowerCase() + ".slack.com/")
			.put("team", "Workspace " + workspace)
			.put("user", "steward")
			.put("team_id", workspace)
			.put("user_id", SlackMessages.BOT_USER)
			.put("bot_id", SlackMessages.BOT_ID)
			.put("is_enterprise_install", false));
	}

	private Answer post(String workspace, Request request, Instant now) {
		String channel = SlackMessages.channelFor(request.param("channel"));
		String text = request.param("text");
		String blocks = request.param("blocks");
		String metadata = request.param("metadata");
		if (channel == null) {
			return error("channel_not_found");
		}
		if (isBlank(text) && isBlank(blocks)) {
			return error("no_text");
		}
		if (blocks != null && !(Json.readOrNull(blocks) instanceof ArrayNode)) {
			return error("invalid_blocks_format");
		}
		if (metadata != null && !(Json.readOrNull(metadata) instanceof ObjectNode)) {
			return error("invalid_metadata_format");
		}
		SlackMessage message = messages.post(workspace, channel, text, blocks, metadata, now);
		ObjectNode answer = ok().put("channel", channel).put("ts", message.ts());
		answer.set("message", SlackMessages.json(message, false));
		return Answer.json(answer);
	}

	private Answer update(Request request) {
		String channel = request.param("channel");
		if (!isChannelId(channel)) {
			return error("channel_not_found");
		}
		SlackMessage edited = messages.update(channel, request.param("ts"), request.param("text"),
				request.param("blocks"));
		if (edited == null) {
			return error("message_not_found");
		}
		return Answer.json(ok().put("channel", channel).put("ts", edited.ts()).put("text", edited.text()));
	}

	private static Answer open(Request request) {
		String users = request.param("users");
		if (isBlank(users)) {
			return error("users_list_not_supplied");
		}
		List<String> ids = List.of(users.split(","));
		if (ids.stream().anyMatch((id) -> !id.startsWith("U") && !id.startsWith("W"))) {
			return error("user_not_found");
		}
		ObjectNode answer = ok();
		answer.putObject("channel").put("id", (ids.size() == 1) ? "D" + ids.get(0) : "G" + String.join("", ids));
		return Answer.json(answer);
	}

	private Answer history(Request request) {
		String channel = request.param("channel");
		String before = Cursors.position("history:" + channel, request.param("cursor"));
		if (!isChannelId(channel)) {
			return error("channel_not_found");
		}
		if (before == null) {
			return error("invalid_cursor");
		}
		List<SlackMessage> found;
		try {
			found = messages.history(channel, request.param("oldest"), request.param("latest"),
					isTrue(request.param("inclusive")), before);
		}
		catch (NumberFormatException ex) {
			return error("invalid_ts_oldest");
		}
		int size = pageSize(request.param("limit"), HISTORY_PAGE, HISTORY_MAX_PAGE);
		List<SlackMessage> page = found.subList(0, Math.min(size, found.size()));
		ObjectNode answer = ok();
		ArrayNode list = answer.putArray("messages");
		boolean withMetadata = isTrue(request.param("include_all_metadata"));
		page.forEach((message) -> list.add(SlackMessages.json(message, withMetadata)));
		boolean more = found.size() > page.size();
		answer.put("has_more", more).put("pin_count", 0);
		answer.putObject("response_metadata")
			.put("next_cursor", more ? Cursors.next("history:" + channel, page.get(page.size() - 1).ts()) : "");
		return Answer.json(answer);
	}

	private static Answer info(Request request) {
		String channel = request.param("channel");
		if (!isChannelId(channel)) {
			return error("channel_not_found");
		}
		ObjectNode answer = ok();
		ObjectNode about = answer.putObject("channel")
			.put("id", channel)
			.put("name", channel.toLowerCase())
			.put("is_channel", channel.startsWith("C"))
			.put("is_group", channel.startsWith("G"))
			.put("is_im", channel.startsWith("D"))
			.put("is_private", !channel.startsWith("C"))
			.put("is_archived", false)
			.put("is_member", true);
		if (channel.startsWith("D")) {
			about.put("user", channel.substring(1));
		}
		return Answer.json(answer);
	}

	private Answer usersList(String workspace, Request request, Instant now) {
		ObjectNode page = directory.page(workspace, request.param("cursor"), request.param("limit"), now);
		return (page != null) ? Answer.json(ok().setAll(page)) : error("invalid_cursor");
	}

	private Answer usersInfo(String workspace, Request request, Instant now) {
		ObjectNode person = directory.person(workspace, request.param("user"), now);
		if (person == null) {
			return error("user_not_found");
		}
		ObjectNode answer = ok();
		answer.set("user", person);
		return Answer.json(answer);
	}

	private Answer view(String method, Request request) {
		JsonNode view = Json.readOrNull(request.param("view"));
		boolean opening = SlackStandIn.VIEWS_OPEN.equals(method);
		if (!(view instanceof ObjectNode)) {
			return error("invalid_arguments");
		}
		if (opening ? isBlank(request.param("trigger_id")) : isBlank(request.param("user_id"))) {
			return error(opening ? "invalid_trigger_id" : "invalid_arguments");
		}
		ObjectNode shown = ((ObjectNode) view).deepCopy().put("id", "V%09d".formatted(++lastViewId));
		ObjectNode answer = ok();
		answer.set("view", shown);
		return Answer.json(answer);
	}

	private Answer uploadUrl(Request request) {
		if (isBlank(request.param("filename")) || isBlank(request.param("length"))) {
			return error("invalid_arguments");
		}
		SlackFile file = files.ask(request.param("filename"));
		return Answer.json(ok().put("upload_url", baseUrl.get() + "/upload/" + file.id()).put("file_id", file.id()));
	}

	private Answer completeUpload(Request request) {
		JsonNode asked = Json.readOrNull(request.param("files"));
		if (!(asked instanceof ArrayNode) || asked.isEmpty()) {
			return error("invalid_arguments");
		}
		ObjectNode answer = ok();
		ArrayNode shared = answer.putArray("files");
		for (JsonNode one : asked) {
			String title = one.path("title").isString() ? one.path("title").asString() : null;
			SlackFile file = files.complete(one.path("id").asString(), title, request.param("channel_id"));
			if (file == null) {
				return error("file_not_found");
			}
			shared.addObject().put("id", file.id()).put("name", file.filename()).put("title", file.title())
				.put("size", file.bytes());
		}
		return Answer.json(answer);
	}

	private static boolean isChannelId(String channel) {
		return channel != null && channel.equals(SlackMessages.channelFor(channel));
	}

	private static int pageSize(String limit, int usual, int most) {
		try {
			int asked = (limit == null) ? 0 : Integer.parseInt(limit);
			return (asked <= 0) ? usual : Math.min(asked, most);
		}
		catch (NumberFormatException ex) {
			return usual;
		}
	}

	private static boolean isTrue(String flag) {
		return "true".equals(flag) || "1".equals(flag);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
