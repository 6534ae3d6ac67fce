package dev.steward.support.fault;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Microsoft Teams' Bot Connector service and the tenant's token endpoint, as a small real HTTP server (see
 * {@link HttpStandIn} for why the JDK's), with Teams' published limits, switchable faults, and helpers that count
 * exactly what arrived per conversation.
 */
public final class BotConnectorStandIn extends HttpStandIn {

	/** {@code POST /login/{tenant}/oauth2/v2.0/token}. */
	public static final String TOKEN = "token";

	/** {@code POST /v3/conversations}. */
	public static final String CREATE = "createConversation";

	/** {@code POST /v3/conversations/{id}/activities}. */
	public static final String SEND = "sendToConversation";

	/** {@code POST /v3/conversations/{id}/activities/{activityId}}. */
	public static final String REPLY = "replyToActivity";

	/** {@code PUT /v3/conversations/{id}/activities/{activityId}}. */
	public static final String UPDATE = "updateActivity";

	/** {@code GET /v3/conversations/{id}/members}. */
	public static final String MEMBERS = "getConversationMembers";

	/** {@code GET /v3/conversations/{id}/pagedmembers}. */
	public static final String PAGED_MEMBERS = "getConversationPagedMembers";

	/** The tenant of connector calls made with a token this stand-in did not issue. */
	public static final String UNKNOWN_TENANT = "unknown-tenant";

	/** Teams' limits per bot per conversation: 7 a second, 8 in 2 seconds, 60 in 30 seconds, 1,800 an hour. */
	public static final List<Limit> CONVERSATION_LIMITS = List.of(Limit.perSecond(7),
			new Limit(8, Duration.ofSeconds(2)), new Limit(60, Duration.ofSeconds(30)), Limit.perHour(1_800));

	private static final List<String> MESSAGES = List.of(SEND, REPLY, UPDATE);

	private final TeamsConversations conversations = new TeamsConversations();

	private final List<TeamsPerson> roster = new ArrayList<>();

	private final Map<String, String> tenantsByToken = new HashMap<>();

	private final BotConnectorApi api = new BotConnectorApi(conversations, roster, tenantsByToken, this::serviceUrl);

	private List<Limit> conversationLimits = CONVERSATION_LIMITS;

	private Limit tenantLimit = Limit.perSecond(50);

	/** A stand-in whose windows run on real time. */
	public BotConnectorStandIn() {
		this(Clock.systemUTC());
	}

	/** A stand-in whose windows, outages and storms run on the clock. */
	public BotConnectorStandIn(Clock clock) {
		super("bot-connector-stand-in", clock);
	}

	/** The personal chat the stand-in creates with the member. */
	public static String personalConversationId(String memberId) {
		return "a:" + memberId;
	}

	@Override
	public BotConnectorStandIn start() {
		super.start();
		return this;
	}

	/** The service URL Teams would send in activities, ending in a slash. */
	public String serviceUrl() {
		return baseUrl() + "/";
	}

	/**
	 * The authority for {@code steward.teams.authority-url}: tokens come from
	 * {@code <authority>/<tenant>/oauth2/v2.0/token}.
	 */
	public String authorityUrl() {
		return baseUrl() + "/login";
	}

	public String tokenUrl(String tenant) {
		return authorityUrl() + "/" + tenant + "/oauth2/v2.0/token";
	}

	/** Holds sends, replies and updates to each conversation to these windows instead of Teams'. */
	public BotConnectorStandIn conversationLimits(List<Limit> limits) {
		change(() -> conversationLimits = List.copyOf(limits));
		return this;
	}

	/** Holds all connector calls in a tenant to the limit instead of Teams' 50 a second per app. */
	public BotConnectorStandIn tenantLimit(Limit limit) {
		change(() -> tenantLimit = limit);
		return this;
	}

	/** Makes the roster {@code TeamsPerson.numbered(1..count)}, replacing anyone in it. */
	public BotConnectorStandIn people(int count) {
		List<TeamsPerson> crowd = IntStream.rangeClosed(1, count).mapToObj(TeamsPerson::numbered).toList();
		change(() -> {
			roster.clear();
			roster.addAll(crowd);
		});
		return this;
	}

	public BotConnectorStandIn person(TeamsPerson person) {
		change(() -> {
			roster.removeIf((known) -> known.id().equals(person.id()));
			roster.add(person);
		});
		return this;
	}

	/** Stores each send and reply as delivered, then answers only after the delay, longer than the client waits. */
	public void postsThenTimesOut(Duration delay) {
		answersLate(SEND, delay);
		answersLate(REPLY, delay);
	}

	/** The activities sent to the conversation (or any thread of it), oldest first, as they now read. */
	public List<TeamsActivity> activitiesIn(String conversationId) {
		return read(() -> conversations.in(conversationId));
	}

	/** Every activity sent, oldest first. */
	public List<TeamsActivity> activities() {
		return read(conversations::all);
	}

	/** The members personal chats were created with, in order, repeated if created again. */
	public List<String> createdConversations() {
		return read(conversations::created);
	}

	/** The same text (or card, for an activity without text) sent more than once to one conversation. */
	public List<Duplicate> duplicates() {
		return read(conversations::duplicates);
	}

	/** When each send was accepted, on the stand-in's clock, to compute an achieved rate. */
	public List<Instant> sendTimes() {
		return acceptedAt(SEND);
	}

	@Override
	Call identify(Request request) {
		List<String> path = request.segments();
		if (path.size() == 5 && "login".equals(path.get(0)) && TOKEN.equals(path.get(4))) {
			return new Call(TOKEN, path.get(1), List.of(Scope.unlimited("token " + path.get(1))));
		}
		String op = operation(request.method(), path);
		String token = request.bearerToken();
		String tenant = (token == null) ? null : tenantsByToken.getOrDefault(token, UNKNOWN_TENANT);
		List<Scope> scopes = new ArrayList<>(List.of(Scope.unlimited(tenant + " " + op),
				new Scope(tenant + " app", List.of(tenantLimit))));
		if (MESSAGES.contains(op)) {
			scopes.add(new Scope("conversation " + TeamsConversations.base(path.get(2)), conversationLimits));
		}
		return new Call(op, tenant, scopes);
	}

	@Override
	Answer answer(Call call, Request request, Instant now) {
		if (TOKEN.equals(call.op())) {
			return api.token(call.tenant(), request);
		}
		return api.handle(call.op(), call.tenant(), request, now);
	}

	@Override
	Answer failure(int status) {
		return BotConnectorApi.error(status, "ServiceError", "The Bot Connector stand-in is failing with " + status);
	}

	@Override
	Answer rateLimited() {
		return BotConnectorApi.error(429, "TooManyRequests", "Too many requests for this conversation or tenant");
	}

	@Override
	void forget() {
		conversations.clear();
	}

	private static String operation(String method, List<String> path) {
		boolean connector = path.size() >= 2 && "v3".equals(path.get(0)) && "conversations".equals(path.get(1));
		String call = method + " " + (connector ? path.size() : 0) + " " + ((path.size() > 3) ? path.get(3) : "");
		return switch (call) {
			case "POST 2 " -> CREATE;
			case "POST 4 activities" -> SEND;
			case "POST 5 activities" -> REPLY;
			case "PUT 5 activities" -> UPDATE;
			case "GET 4 members" -> MEMBERS;
			case "GET 4 pagedmembers" -> PAGED_MEMBERS;
			default -> method + " " + String.join("/", path);
		};
	}

}
