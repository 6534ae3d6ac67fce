package dev.steward.chat.slack;

import java.io.IOException;

import com.slack.api.bolt.jakarta_servlet.SlackAppServletAdapter;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs Bolt on a request the signature filter let through, as Bolt's own servlet does, except that what Bolt cannot
 * read or could not handle is answered as {@link BoltRunner} says rather than with a 500.
 */
final class BoltServlet extends HttpServlet {

	private final transient BoltRunner runner;

	private final transient SlackAppServletAdapter adapter;

	BoltServlet(BoltRunner runner) {
		this.runner = runner;
		this.adapter = new SlackAppServletAdapter(runner.app().config());
	}

	@Override
	protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Request<?> slackRequest;
		try {
			slackRequest = adapter.buildSlackRequest(request);
		}
		catch (RuntimeException ex) {
			adapter.writeResponse(response, BoltRunner.unreadable(ex));
			return;
		}
		adapter.writeResponse(response, slackRequest != null ? runner.run(slackRequest)
				: Response.builder().statusCode(400).contentType("text/plain").body("unrecognised request").build());
	}

}
