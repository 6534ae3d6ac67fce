package dev.steward.chat.teams;

import java.io.IOException;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/messages}: reads the raw body with the SDK's own Jackson 2 (Spring's Jackson 3 cannot build an
 * activity's {@code channelData}), answers 400 to what is not an activity, checks the Bot Connector's JWT (401,
 * nothing recorded), and runs the turn through the SDK's adapter.
 */
@RestController
@Conditional(TeamsConfigured.class)
final class TeamsEndpoint {

	static final String PATH = "/api/messages";

	private static final Logger log = LoggerFactory.getLogger(TeamsEndpoint.class);

	private final BotConnectorAuthentication authentication;

	private final TeamsBotAdapter adapter;

	private final TeamsBot bot;

	TeamsEndpoint(BotConnectorAuthentication authentication, TeamsBotAdapter adapter, TeamsBot bot) {
		this.authentication = authentication;
		this.adapter = adapter;
		this.bot = bot;
	}

	@PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> messages(@RequestBody(required = false) String body,
			@RequestHeader(name = "Authorization", required = false) String authorization) {
		Activity activity = parse(body);
		if (activity == null) {
			return ResponseEntity.badRequest().body("{\"error\":\"not an activity\"}");
		}
		ClaimsIdentity identity;
		try {
			identity = authentication.authenticate(authorization, activity);
		}
		catch (AuthenticationException ex) {
			log.warn("Rejected a Teams {} activity without a valid Bot Connector token", activity.getType());
			return ResponseEntity.status(401).body("{\"error\":\"unauthorized\"}");
		}
		InvokeResponse invoke;
		try {
			invoke = adapter.processActivity(identity, activity, bot::onTurn).join();
		}
		catch (CompletionException ex) {
			log.error("Teams {} activity {} failed", activity.getType(), activity.getId(), ex.getCause());
			return ResponseEntity.internalServerError().body("{\"error\":\"failed\"}");
		}
		if (invoke == null) {
			return ResponseEntity.ok().build();
		}
		return ResponseEntity.status(invoke.getStatus())
			.body(invoke.getBody() == null ? null : Serialization.toStringSilent(invoke.getBody()));
	}

	/** The activity in the body, or null when it is not JSON, not an object or has no type. */
	private static Activity parse(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			JsonNode tree = Serialization.jsonToTree(body);
			if (tree == null || !tree.isObject() || !tree.path("type").isTextual()) {
				return null;
			}
			return Serialization.treeToValue(tree, Activity.class);
		}
		catch (IOException ex) {
			return null;
		}
	}

}
