package dev.steward.support.fault;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The tenant's token endpoint and the Bot Connector's REST calls as the stand-in answers them, in their shapes. */
final class BotConnectorApi {

	private static final int MEMBERS_PAGE = 200;

	private static final int MEMBERS_MAX_PAGE = 500;

	private final TeamsConversations conversations;

	private final List<TeamsPerson> roster;

	private final Map<String, String> tenantsByToken;

	private final Supplier<String> serviceUrl;

	BotConnectorApi(TeamsConversations conversations, List<TeamsPerson> roster, Map<String, String> tenantsByToken,
			Supplier<String> serviceUrl) {
		this.conversations = conversations;
		this.roster = roster;
		this.tenantsByToken = tenantsByToken;
		this.serviceUrl = serviceUrl;
	}

	/** A client-credentials token for the tenant; connector calls with it count in that tenant. */
	Answer token(String tenant, Request request) {
		if (!"client_credentials".equals(request.param("grant_type")) || request.param("client_id") == null) {
			return Answer.json(400, Json.write(Json.object()
				.put("error", "invalid_request")
				.put("error_description", "grant_type client_credentials and client_id are required")));
		}
		String token = "stand-in-token-" + tenant;
		tenantsByToken.put(token, tenant);
		return Answer.json(Json.object()
			.put("token_type", "Bearer")
			.put("expires_in", 3599)
			.put("ext_expires_in", 3599)
			.put("access_token", token));
	}

	/** Answers a connector call in the tenant (null when it came without a token). */
	Answer handle(String op, String tenant, Request request, Instant now) {
		if (tenant == null) {
			return Answer.json(401, "{\"message\":\"Authorization has been denied for this request.\"}");
		}
		List<String> path = request.segments();
		return switch (op) {
			case BotConnectorStandIn.CREATE -> create(request, now);
			case BotConnectorStandIn.SEND -> send(path.get(2), null, request, now);
			case BotConnectorStandIn.REPLY -> send(path.get(2), path.get(4), request, now);
			case BotConnectorStandIn.UPDATE -> update(path.get(2), path.get(4), request);
			case BotConnectorStandIn.MEMBERS -> Answer.json(members(tenant, 0, roster.size()));
			case BotConnectorStandIn.PAGED_MEMBERS -> pagedMembers(tenant, request);
			default -> error(404, "NotFound", "No such Bot Connector operation: " + request.method() + " "
					+ request.path());
		};
	}

	static Answer error(int status, String code, String message) {
		ObjectNode body = Json.object();
		body.putObject("error").put("code", code).put("message", message);
		return Answer.json(status, Json.write(body));
	}

	private Answer create(Request request, Instant now) {
		JsonNode parameters = Json.readOrNull(request.text());
		String memberId = (parameters != null) ? parameters.path("members").path(0).path("id").asString("") : "";
		if (memberId.isEmpty()) {
			return error(400, "BadArgument", "A conversation needs a member");
		}
		String id = BotConnectorStandIn.personalConversationId(memberId);
		conversations.created(memberId);
		ObjectNode answer = Json.object().put("id", id).put("serviceUrl", serviceUrl.get());
		if (parameters.path("activity").isObject()) {
			answer.put("activityId", conversations.send(id, null, parameters.path("activity"), now).id());
		}
		return Answer.json(answer);
	}

	private Answer send(String conversationId, String replyToId, Request request, Instant now) {
		JsonNode activity = Json.readOrNull(request.text());
		if (!(activity instanceof ObjectNode)) {
			return error(400, "BadSyntax", "The activity is not JSON");
		}
		return Answer.json(Json.object().put("id", conversations.send(conversationId, replyToId, activity, now).id()));
	}

	private Answer update(String conversationId, String activityId, Request request) {
		JsonNode activity = Json.readOrNull(request.text());
		if (!(activity instanceof ObjectNode)) {
			return error(400, "BadSyntax", "The activity is not JSON");
		}
		TeamsActivity edited = conversations.update(conversationId, activityId, activity);
		if (edited == null) {
			return error(404, "NotFound", "No activity " + activityId + " in " + conversationId);
		}
		return Answer.json(Json.object().put("id", edited.id()));
	}

	private Answer pagedMembers(String tenant, Request request) {
		int from = Cursors.offset("members", request.param("continuationToken"));
		if (from < 0) {
			return error(400, "BadArgument", "Invalid continuation token");
		}
		int size = pageSize(request.param("pageSize"));
		int to = Math.min(roster.size(), from + size);
		ObjectNode answer = Json.object();
		if (to < roster.size()) {
			answer.put("continuationToken", Cursors.next("members", String.valueOf(to)));
		}
		answer.set("members", members(tenant, Math.min(from, to), to));
		return Answer.json(answer);
	}

	private ArrayNode members(String tenant, int from, int to) {
		ArrayNode members = Json.array();
		for (TeamsPerson person : roster.subList(from, to)) {
			members.addObject()
				.put("id", person.id())
				.put("name", person.name())
				.put("aadObjectId", person.aadObjectId())
				.put("tenantId", tenant)
				.put("userRole", "user");
		}
		return members;
	}

	private static int pageSize(String asked) {
		try {
			int size = (asked == null) ? 0 : Integer.parseInt(asked);
			return (size <= 0) ? MEMBERS_PAGE : Math.min(size, MEMBERS_MAX_PAGE);
		}
		catch (NumberFormatException ex) {
			return MEMBERS_PAGE;
		}
	}

}
