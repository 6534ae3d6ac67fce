package dev.steward.chat.slack;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers {@code /slack/events} with 404 and the reason while Slack's requests come over Socket Mode, so a request
 * URL left in the Slack app's settings is told why nothing is served there.
 */
final class SocketModeEndpoint extends HttpServlet {

	@Override
	protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		response.setContentType("text/plain;charset=UTF-8");
		response.getWriter().write("Steward takes Slack's requests over Socket Mode; this endpoint is off");
	}

}
