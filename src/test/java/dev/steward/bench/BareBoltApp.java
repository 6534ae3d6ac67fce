package dev.steward.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/**
 * The least a Slack app can be, for the ack benchmark to measure Steward against: Bolt's own servlet on an embedded
 * Tomcat, verifying the signature and acking {@code /impediment} with a line, storing nothing.
 */
final class BareBoltApp implements AutoCloseable {

	private final WebServer server;

	private BareBoltApp(WebServer server) {
		this.server = server;
	}

	/** Starts it on a free port, calling the Slack API (for Bolt's cached {@code auth.test}) at the URL. */
	static BareBoltApp start(String apiUrl, String signingSecret) {
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
		App app = new App(AppConfig.builder()
			.slack(Slack.getInstance(config))
			.singleTeamBotToken("xoxb-bare")
			.signingSecret(signingSecret)
			.authTestCacheEnabled(true)
			.build());
		app.command("/impediment", (request, context) -> context.ack("Logged."));
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
		WebServer server = factory.getWebServer(
				(servlets) -> servlets.addServlet("slack", new SlackAppServlet(app)).addMapping("/slack/events"));
		server.start();
		return new BareBoltApp(server);
	}

	int port() {
		return this.server.getPort();
	}

	@Override
	public void close() {
		this.server.stop();
	}

}
