package dev.steward.chat.slack;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import tools.jackson.databind.json.JsonMapper;

import dev.steward.chat.Workspaces;
import dev.steward.command.Home;
import dev.steward.command.Interactions;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.storage.DatabaseOutage;
import dev.steward.team.TeamRepository;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the Slack adapter when a bot token is set: Bolt on {@code /slack/events} behind the signature filter. */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackConfigured.class)
class SlackConfiguration {

	static final String PATH = "/slack/events";

	@Bean
	Slack slack(SlackProperties properties) {
		SlackConfig config = new SlackConfig();
		String url = properties.apiUrl();
		config.setMethodsEndpointUrlPrefix(url.endsWith("/") ? url : url + "/");
		config.setPrettyResponseLoggingEnabled(false);
		// A call that gets no answer in time ends as "outcome unknown": the delivery queue looks before resending.
		config.setHttpClientReadTimeoutMillis((int) properties.readTimeout().toMillis());
		config.setHttpClientCallTimeoutMillis((int) properties.readTimeout().multipliedBy(2).toMillis());
		return Slack.getInstance(config);
	}

	@Bean
	App slackApp(SlackProperties properties, Slack slack, Interactions interactions,
			@Qualifier("applicationTaskExecutor") Executor executor, TeamRepository teams, Workspaces workspaces,
			DeliveryQueue queue, Clock clock, Home home, DatabaseOutage outage) {
		App app = new App(AppConfig.builder()
			.slack(slack)
			.singleTeamBotToken(properties.botToken())
			.signingSecret(properties.signingSecret())
			.authTestCacheEnabled(true)
			.authTestCacheExpirationMillis(Duration.ofHours(1).toMillis())
			// Unacknowledged, an event no listener takes falls through App.runHandler to the default unmatched
			// handler, a 404 that Slack retries; acknowledged, Bolt logs it at DEBUG.
			.allEventsApiAutoAckEnabled(true)
			// Bolt's self-event filter calls bots.info before the ack for every bot message; the listeners ignore
			// bot messages themselves.
			.ignoringSelfEventsEnabled(false)
			.build());
		new SlackListeners(interactions, executor, teams, workspaces, outage).register(app);
		new WorkspaceEvents(workspaces, queue, clock).register(app);
		new HomeTab(home, executor).register(app);
		return app;
	}

	@Bean
	ServletRegistrationBean<BoltServlet> slackServlet(App slackApp, DatabaseOutage outage) {
		return new ServletRegistrationBean<>(new BoltServlet(slackApp, outage), PATH);
	}

	@Bean
	SeenSignatures seenSlackSignatures(JdbcClient jdbc, DatabaseOutage outage) {
		return new SeenSignatures(jdbc, Clock.systemUTC(), outage);
	}

	@Bean
	FilterRegistrationBean<SlackSignatureFilter> slackSignatureFilter(SlackProperties properties, JsonMapper json,
			SeenSignatures seenSlackSignatures) {
		SlackSignatureFilter filter = new SlackSignatureFilter(properties.signingSecret(), Clock.systemUTC(),
				new SlackRequestValidator(json), seenSlackSignatures);
		FilterRegistrationBean<SlackSignatureFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(PATH);
		return registration;
	}

	@Bean
	SlackGateway slackGateway(Slack slack, SlackProperties properties, Workspaces workspaces, Clock clock) {
		return new SlackGateway(slack.methods(properties.botToken()), workspaces, clock,
				new SlackPacing(clock, properties.directoryPageSpacing()));
	}

}
