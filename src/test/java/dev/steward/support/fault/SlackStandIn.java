package dev.steward.support.fault;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The Slack Web API under {@code <base>/api/}, as a small real HTTP server (see {@link HttpStandIn} for why the
 * JDK's), with Slack's published limits, switchable faults, and helpers that count exactly what arrived per
 * recipient.
 */
public final class SlackStandIn extends HttpStandIn {

	public static final String AUTH_TEST = "auth.test";

	public static final String POST_MESSAGE = "chat.postMessage";

	public static final String UPDATE = "chat.update";

	public static final String OPEN = "conversations.open";

	public static final String HISTORY = "conversations.history";

	public static final String INFO = "conversations.info";

	public static final String USERS_LIST = "users.list";

	public static final String USERS_INFO = "users.info";

	public static final String VIEWS_OPEN = "views.open";

	public static final String VIEWS_PUBLISH = "views.publish";

	public static final String UPLOAD_URL = "files.getUploadURLExternal";

	public static final String COMPLETE_UPLOAD = "files.completeUploadExternal";

	/** The POST of a file's bytes to the URL {@code files.getUploadURLExternal} handed out. */
	public static final String UPLOAD = "upload";

	/** The workspace of every token not mapped to another. */
	public static final String DEFAULT_WORKSPACE = "T1";

	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
		.withZone(ZoneOffset.UTC);

	private final SlackMessages messages = new SlackMessages();

	private final SlackDirectory directory = new SlackDirectory();

	private final SlackFiles files = new SlackFiles();

	private final SlackApi api = new SlackApi(messages, directory, files, this::baseUrl);

	private final Map<String, String> workspaces = new HashMap<>();

	private final Map<String, Integer> perMinute = SlackTiers.defaults();

	private Limit channelLimit = Limit.perSecond(1);

	private int postsPerMinute = 600;

	/** A stand-in whose windows run on real time. */
	public SlackStandIn() {
		this(Clock.systemUTC());
	}

	/** A stand-in whose windows, outages and storms run on the clock. */
	public SlackStandIn(Clock clock) {
		super("slack-stand-in", clock);
	}

	@Override
	public SlackStandIn start() {
		super.start();
		return this;
	}

	/** The prefix for {@code SlackConfig.setMethodsEndpointUrlPrefix}, ending in {@code /api/}. */
	public String apiUrl() {
		return baseUrl() + "/api/";
	}

	/** Makes calls with the token act in the workspace; other tokens act in {@link #DEFAULT_WORKSPACE}. */
	public SlackStandIn workspace(String token, String teamId) {
		change(() -> workspaces.put(token, teamId));
		return this;
	}

	/** Makes the people {@code SlackPerson.numbered(1..count)}, replacing any others. */
	public SlackStandIn people(int count) {
		List<SlackPerson> crowd = IntStream.rangeClosed(1, count).mapToObj(SlackPerson::numbered).toList();
		change(() -> directory.replaceWith(crowd));
		return this;
	}

	/** Adds the person, or replaces the one with the same id. */
	public SlackStandIn person(SlackPerson person) {
		change(() -> directory.add(person));
		return this;
	}

	/** Limits the method to so many calls a minute per workspace, instead of its tier's. */
	public SlackStandIn limit(String method, int callsPerMinute) {
		change(() -> perMinute.put(method, callsPerMinute));
		return this;
	}

	/** Limits posts to one channel; Slack allows about one a second. */
	public SlackStandIn channelLimit(Limit limit) {
		change(() -> channelLimit = limit);
		return this;
	}

	/** Limits posts across a workspace, 600 a minute unless changed. */
	public SlackStandIn postsPerMinute(int callsPerMinute) {
		change(() -> postsPerMinute = callsPerMinute);
		return this;
	}

	/** Stores each post as delivered, then answers only after the delay, longer than the client waits. */
	public void postsThenTimesOut(Duration delay) {
		answersLate(POST_MESSAGE, delay);
	}

	/** Answers every call of the method (or {@link #ALL}) malformed in the way given, until healed. */
	public void malformed(String method, Malformed kind) {
		if (kind == Malformed.NO_UPLOAD_URL && !UPLOAD_URL.equals(method)) {
			throw new IllegalArgumentException("Only " + UPLOAD_URL + " answers with an upload URL");
		}
		switchMalformed(method, kind);
	}

	/** The messages delivered to the user (or their DM) or channel, oldest first, as they now read. */
	public List<SlackMessage> messagesTo(String recipientOrChannel) {
		String channel = Objects.requireNonNullElse(SlackMessages.channelFor(recipientOrChannel), recipientOrChannel);
		return read(() -> messages.in(channel));
	}

	/** Every message delivered, oldest first. */
	public List<SlackMessage> messages() {
		return read(messages::all);
	}

	/** The metadata key of every message delivered with one, oldest first, repeated as often as delivered. */
	public List<String> deliveryKeys() {
		return messages().stream().map(SlackMessage::key).filter(Objects::nonNull).toList();
	}

	/** Keys delivered more than once, and texts posted more than once to one recipient. */
	public List<Duplicate> duplicates() {
		return read(messages::duplicates);
	}

	/** When each post was accepted, on the stand-in's clock, to compute an achieved rate. */
	public List<Instant> postTimes() {
		return acceptedAt(POST_MESSAGE);
	}

	/** The files shared into the channel. */
	public List<SlackFile> filesIn(String channel) {
		return read(() -> files.in(channel));
	}

	@Override
	Call identify(Request request) {
		List<String> path = request.segments();
		if (path.size() == 2 && UPLOAD.equals(path.get(0))) {
			return new Call(UPLOAD, "", List.of(Scope.unlimited(UPLOAD)));
		}
		String method = (path.size() == 2 && "api".equals(path.get(0))) ? path.get(1) : request.path();
		String token = request.bearerToken();
		String workspace = (token == null) ? null : workspaces.getOrDefault(token, DEFAULT_WORKSPACE);
		String methodScope = workspace + " " + method;
		if (POST_MESSAGE.equals(method)) {
			String channel = SlackMessages.channelFor(request.param("channel"));
			return new Call(method, workspace, List.of(new Scope(methodScope, List.of(Limit.perMinute(postsPerMinute))),
					new Scope(methodScope + " " + channel, List.of(channelLimit))));
		}
		Integer limit = perMinute.get(method);
		List<Limit> limits = (limit != null) ? List.of(Limit.perMinute(limit)) : List.of();
		return new Call(method, workspace, List.of(new Scope(methodScope, limits)));
	}

	@Override
	Answer answer(Call call, Request request, Instant now) {
		if (UPLOAD.equals(call.op())) {
			return api.upload(request.segments().get(1), request.body());
		}
		return api.handle(call.op(), call.tenant(), request, now);
	}

	@Override
	Answer failure(int status) {
		return Answer.json(status, Json.write(Json.object()
			.put("ok", false)
			.put("error", (status == 500) ? "internal_error" : "service_unavailable")));
	}

	@Override
	Answer rateLimited() {
		return Answer.json(429, "{\"ok\":false,\"error\":\"ratelimited\"}");
	}

	@Override
	void forget() {
		messages.clear();
		files.clear();
	}

	@Override
	Answer malformed(Call call, Malformed kind, Instant now) {
		return switch (kind) {
			case HTML_BODY -> Answer.of(200, "text/html; charset=utf-8",
					"<html><head><title>Slack</title></head><body><h1>Something went wrong</h1></body></html>");
			case UNKNOWN_ERROR -> SlackApi.error("some_unknown_error");
			case INVALID_JSON -> Answer.json(200, "{\"ok\":true,\"channel\":\"C1\",\"ts\":");
			case RETRY_AFTER_MISSING -> tooManyRequests(call, null, call.opScope(), null);
			case RETRY_AFTER_NEGATIVE -> tooManyRequests(call, "-5", call.opScope(), null);
			case RETRY_AFTER_HTTP_DATE -> httpDateRetry(call, now.plusSeconds(30).truncatedTo(ChronoUnit.SECONDS));
			case RETRY_AFTER_HOUR -> tooManyRequests(call, "3600", call.opScope(), now.plusSeconds(3600));
			case NO_UPLOAD_URL -> Answer.json(SlackApi.ok().put("file_id", "F000000000"));
		};
	}

	private Answer httpDateRetry(Call call, Instant until) {
		return tooManyRequests(call, HTTP_DATE.format(until), call.opScope(), until);
	}

}
