package dev.steward.chat.slack;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.Workspaces;
import dev.steward.chat.slack.install.InstallProperties;
import dev.steward.chat.slack.install.Installations;
import dev.steward.command.Home;
import dev.steward.command.Interactions;
import dev.steward.command.ReaderWords;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.storage.DatabaseOutage;
import dev.steward.team.TeamRepository;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the Slack adapter when a bot token or a client id is set: the bot token for each workspace, the Bolt app with
 * its listeners and the Web API gateway; how
 * Slack's requests reach the app is {@link SlackHttpConfiguration}'s or {@link SlackSocketModeConfiguration}'s.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackConfigured.class)
class SlackConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);

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

	/**
	 * The bot token for each workspace: the configured one, or, when workspaces install Steward themselves, each
	 * workspace's own, found among the installations.
	 */
	@Bean
	SlackTokens slackTokens(SlackProperties properties, InstallProperties install,
			ObjectProvider<Installations> installations) {
		if (!install.enabled()) {
			Optional<SlackTokens.BotToken> token = Optional.of(new SlackTokens.BotToken(properties.botToken(), false));
			return (workspaceId) -> token;
		}
		if (properties.enabled()) {
			throw new InvalidConfigurationPropertyValueException("steward.slack.bot-token", "(set)",
					"must not be set together with steward.slack.install.client-id (SLACK_CLIENT_ID): set the bot "
							+ "token for one workspace, or the client id, secret and token keys for workspaces that "
							+ "install Steward through /slack/install; to move a workspace from the first to the "
							+ "second, remove SLACK_BOT_TOKEN and add Steward to it once through /slack/install");
		}
		Installations store = installations.getObject();
		return new SlackTokens() {

			@Override
			public Optional<BotToken> forWorkspace(String workspaceId) {
				return store.forWorkspace(workspaceId)
					.map((installation) -> new BotToken(installation.botToken(), installation.orgWide()));
			}

			@Override
			public void forget(String enterpriseId, String teamId, boolean orgWide) {
				if (store.remove(enterpriseId, teamId, orgWide)) {
					log.info("Forgot the bot token of Slack {} {}", orgWide ? "organisation" : "workspace",
							orgWide ? enterpriseId : teamId);
				}
			}

		};
	}

	@Bean
	App slackApp(SlackProperties properties, InstallProperties install, ObjectProvider<Installations> installations,
			Slack slack, Interactions interactions, @Qualifier("applicationTaskExecutor") Executor executor,
			TeamRepository teams, Workspaces workspaces, DeliveryQueue queue, Clock clock, Home home,
			DatabaseOutage outage, SlackTokens tokens, ReaderWords readers) {
		AppConfig.AppConfigBuilder config = AppConfig.builder().slack(slack);
		if (install.enabled()) {
			// Bolt finds each request's bot token among the installations (MultiTeamsAuthorization).
			config.clientId(install.clientId()).clientSecret(install.clientSecret());
		}
		else {
			config.singleTeamBotToken(properties.botToken());
		}
		App app = new App(config.signingSecret(properties.signingSecret())
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
		if (install.enabled()) {
			app.service(new BoltInstallations(installations.getObject()));
		}
		new SlackListeners(interactions, executor, teams, workspaces, outage, readers).register(app);
		new WorkspaceEvents(workspaces, queue, clock, tokens, teams).register(app);
		new HomeTab(home, executor, readers).register(app);
		return app;
	}

	@Bean
	BoltRunner boltRunner(App slackApp, DatabaseOutage outage) {
		return new BoltRunner(slackApp, outage);
	}

	@Bean
	SlackGateway slackGateway(Slack slack, SlackProperties properties, SlackTokens tokens, Workspaces workspaces,
			Clock clock) {
		return new SlackGateway(slack, tokens, workspaces, clock,
				new SlackPacing(clock, properties.directoryPageSpacing()));
	}

}
