package dev.steward.chat.slack;

import java.io.IOException;

import com.google.gson.JsonParseException;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServletAdapter;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.storage.DatabaseOutage;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs Bolt on a request the signature filter let through, as Bolt's own servlet does, except that a payload Bolt
 * cannot map onto its model (a field of another type than Slack documents) gets a 400 rather than a 500, since
 * sending it again cannot help, and a request whose work needed the unreachable database gets a quick 503, which
 * Slack answers by sending an event again later.
 */
final class BoltServlet extends HttpServlet {

	private static final Logger log = LoggerFactory.getLogger(BoltServlet.class);

	private final transient App app;

	private final transient SlackAppServletAdapter adapter;

	private final transient DatabaseOutage outage;

	BoltServlet(App app, DatabaseOutage outage) {
		this.app = app;
		this.adapter = new SlackAppServletAdapter(app.config());
		this.outage = outage;
	}

	@Override
	protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Request<?> slackRequest;
		try {
			slackRequest = adapter.buildSlackRequest(request);
		}
		catch (RuntimeException ex) {
			adapter.writeResponse(response, unreadable(ex));
			return;
		}
		adapter.writeResponse(response, slackRequest != null ? run(slackRequest)
				: Response.builder().statusCode(400).contentType("text/plain").body("unrecognised request").build());
	}

	private Response run(Request<?> slackRequest) {
		try {
			return app.run(slackRequest);
		}
		catch (JsonParseException ex) {
			return unreadable(ex);
		}
		catch (Exception ex) {
			if (DatabaseOutage.isOutage(ex)) {
				outage.unreachable("a Slack " + slackRequest.getRequestType() + " request", ex);
				return Response.json(503, "{\"error\":\"database unavailable\"}");
			}
			log.error("Failed to handle a Slack {} request", slackRequest.getRequestType(), ex);
			return Response.json(500, "{\"error\":\"Something is wrong\"}");
		}
	}

	private static Response unreadable(RuntimeException ex) {
		log.warn("Answered 400 to a signed Slack request Bolt could not read: {}", ex.toString());
		return Response.builder().statusCode(400).contentType("text/plain").body("unreadable payload").build();
	}

}
