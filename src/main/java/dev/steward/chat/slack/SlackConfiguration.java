package dev.steward.chat.slack;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;

import dev.steward.chat.Workspaces;
import dev.steward.command.Home;
import dev.steward.command.Interactions;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.storage.DatabaseOutage;
import dev.steward.team.TeamRepository;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the Slack adapter when a bot token is set: the Bolt app with its listeners and the Web API gateway; how
 * Slack's requests reach the app is {@link SlackHttpConfiguration}'s or {@link SlackSocketModeConfiguration}'s.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackConfigured.class)
class SlackConfiguration {

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
			// SlackSignatureFilter checks every request before Bolt sees it, against the previous secret too while a
			// rotation is under way; Bolt's own check knows one secret and would refuse those, and a second HMAC
			// only slows the ack.
			.requestVerificationEnabled(false)
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
	BoltRunner boltRunner(App slackApp, DatabaseOutage outage) {
		return new BoltRunner(slackApp, outage);
	}

	@Bean
	SlackGateway slackGateway(Slack slack, SlackProperties properties, Workspaces workspaces, Clock clock) {
		return new SlackGateway(slack.methods(properties.botToken()), workspaces, clock,
				new SlackPacing(clock, properties.directoryPageSpacing()));
	}

}
