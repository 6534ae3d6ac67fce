package dev.steward.chat.slack;

import com.google.gson.JsonParseException;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.storage.DatabaseOutage;

/**
 * Runs the Bolt app on a request that passed the edge's checks, over HTTP or Socket Mode alike: a payload Bolt cannot
 * map onto its model gets a 400, since sending it again cannot help, and a request whose work needed the unreachable
 * database a quick 503, so Slack sends an event again later.
 */
final class BoltRunner {

	private static final Logger log = LoggerFactory.getLogger(BoltRunner.class);

	private final App app;

	private final DatabaseOutage outage;

	BoltRunner(App app, DatabaseOutage outage) {
		this.app = app;
		this.outage = outage;
	}

	App app() {
		return app;
	}

	Response run(Request<?> request) {
		try {
			return app.run(request);
		}
		catch (JsonParseException ex) {
			return unreadable(ex);
		}
		catch (Exception ex) {
			if (DatabaseOutage.isOutage(ex)) {
				outage.unreachable("a Slack " + request.getRequestType() + " request", ex);
				return Response.json(503, "{\"error\":\"database unavailable\"}");
			}
			log.error("Failed to handle a Slack {} request", request.getRequestType(), ex);
			return Response.json(500, "{\"error\":\"Something is wrong\"}");
		}
	}

	static Response unreadable(RuntimeException ex) {
		log.warn("Answered 400 to a Slack request Bolt could not read: {}", ex.toString());
		return Response.builder().statusCode(400).contentType("text/plain").body("unreadable payload").build();
	}

}
