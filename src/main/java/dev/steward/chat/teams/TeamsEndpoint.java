package dev.steward.chat.teams;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.storage.DatabaseOutage;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Conditional;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/messages}, which refuses before doing any work and so records nothing for a refused request: it
 * checks the Bot Connector's token before reading the body (401), reads at most {@code steward.teams.max-body-size}
 * (413), parses the activity with the SDK's own Jackson 2, since Spring's Jackson 3 cannot build its
 * {@code channelData} (400 for what is not a whole activity), checks that the token fits the activity (401) and that
 * it comes from the configured tenant (403), and only then runs the turn through the SDK's adapter. A turn whose
 * work needed the unreachable database (a roster to read, a welcome to queue) gets a quick 503.
 */
@RestController
@Conditional(TeamsConfigured.class)
final class TeamsEndpoint {

	static final String PATH = "/api/messages";

	private static final Logger log = LoggerFactory.getLogger(TeamsEndpoint.class);

	private final BotConnectorAuthentication authentication;

	private final TeamsBotAdapter adapter;

	private final TeamsBot bot;

	private final TeamsProperties properties;

	private final DatabaseOutage outage;

	TeamsEndpoint(BotConnectorAuthentication authentication, TeamsBotAdapter adapter, TeamsBot bot,
			TeamsProperties properties, DatabaseOutage outage) {
		this.authentication = authentication;
		this.adapter = adapter;
		this.bot = bot;
		this.properties = properties;
		this.outage = outage;
	}

	@PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> messages(HttpServletRequest request) {
		ClaimsIdentity identity = identify(request.getHeader(HttpHeaders.AUTHORIZATION));
		Activity activity = parse(body(request));
		try {
			authentication.checkActivity(identity, activity);
		}
		catch (AuthenticationException ex) {
			throw new Refused(HttpStatus.UNAUTHORIZED, "unauthorized",
					"a Teams " + activity.getType() + " activity " + activity.getId() + ": " + ex.getMessage());
		}
		checkTenant(activity);
		return run(identity, activity);
	}

	private ClaimsIdentity identify(String authorization) {
		try {
			return authentication.identify(authorization);
		}
		catch (AuthenticationException ex) {
			throw new Refused(HttpStatus.UNAUTHORIZED, "unauthorized",
					"a Teams request without a valid Bot Connector token: "
							+ NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
		}
	}

	/** The body, read as a bounded stream: a declared or actual length over the limit is refused unread. */
	private byte[] body(HttpServletRequest request) {
		long limit = properties.maxBodySize().toBytes();
		String tooLarge = "the activity is larger than " + limit + " bytes";
		if (request.getContentLengthLong() > limit) {
			throw new Refused(HttpStatus.CONTENT_TOO_LARGE, tooLarge, "a Teams request of "
					+ request.getContentLengthLong() + " bytes");
		}
		byte[] body;
		try {
			body = request.getInputStream().readNBytes(Math.toIntExact(limit + 1));
		}
		catch (IOException ex) {
			throw new Refused(HttpStatus.BAD_REQUEST, "the body could not be read", "a Teams request: " + ex);
		}
		if (body.length > limit) {
			throw new Refused(HttpStatus.CONTENT_TOO_LARGE, tooLarge, "a Teams request longer than " + limit + " bytes");
		}
		return body;
	}

	/** The activity in the body, when it is a JSON object with a type and what every activity must carry. */
	private static Activity parse(byte[] body) {
		Activity activity;
		try {
			JsonNode tree = Serialization.jsonToTree(new String(body, StandardCharsets.UTF_8));
			activity = (tree != null && tree.isObject() && tree.path("type").isTextual())
					? Serialization.treeToValue(tree, Activity.class) : null;
		}
		catch (IOException ex) {
			activity = null;
		}
		if (activity == null) {
			throw new Refused(HttpStatus.BAD_REQUEST, "not an activity", "a Teams request that is not an activity");
		}
		String missing = Activities.missing(activity);
		if (missing != null) {
			throw new Refused(HttpStatus.BAD_REQUEST, "the activity has no " + missing,
					"a Teams " + activity.getType() + " activity " + activity.getId() + " without " + missing);
		}
		return activity;
	}

	private void checkTenant(Activity activity) {
		String tenant = Activities.tenant(activity);
		if (properties.tenantConfigured() && !properties.tenantId().strip().equalsIgnoreCase(tenant)) {
			throw new Refused(HttpStatus.FORBIDDEN, "Steward serves another tenant", "a Teams " + activity.getType()
					+ " activity " + activity.getId() + " from tenant " + tenant);
		}
	}

	private ResponseEntity<String> run(ClaimsIdentity identity, Activity activity) {
		InvokeResponse invoke;
		try {
			invoke = adapter.processActivity(identity, activity, bot::onTurn).join();
		}
		catch (CompletionException ex) {
			if (DatabaseOutage.isOutage(ex.getCause())) {
				outage.unreachable("a Teams " + activity.getType() + " activity " + activity.getId(), ex.getCause());
				return error(HttpStatus.SERVICE_UNAVAILABLE, "database unavailable");
			}
			log.error("Teams {} activity {} failed", activity.getType(), activity.getId(), ex.getCause());
			return error(HttpStatus.INTERNAL_SERVER_ERROR, "failed");
		}
		if (invoke == null) {
			return ResponseEntity.ok().build();
		}
		return ResponseEntity.status(invoke.getStatus())
			.body(invoke.getBody() == null ? null : Serialization.toStringSilent(invoke.getBody()));
	}

	@ExceptionHandler(Refused.class)
	ResponseEntity<String> refused(Refused refused) {
		log.warn("Refused {} with {}", refused.getMessage(), refused.status.value());
		return error(refused.status, refused.reason);
	}

	private static ResponseEntity<String> error(HttpStatus status, String reason) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Serialization.toStringSilent(Map.of("error", reason)));
	}

	/** A request refused before its turn ran: the status, the reason the caller gets, and what the log says. */
	private static final class Refused extends RuntimeException {

		private final HttpStatus status;

		private final String reason;

		Refused(HttpStatus status, String reason, String what) {
			super(what, null, false, false);
			this.status = status;
			this.reason = reason;
		}

	}

}
