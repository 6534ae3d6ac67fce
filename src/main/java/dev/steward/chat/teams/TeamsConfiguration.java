package dev.steward.chat.teams;

import java.net.http.HttpClient;
import java.time.Clock;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatGateways;
import dev.steward.chat.Platform;
import dev.steward.command.Interactions;
import dev.steward.command.ReaderWords;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.storage.DatabaseOutage;
import dev.steward.team.TeamRepository;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.diagnostics.FailureAnalyzedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;

/**
 * Wires the Teams adapter when an app id is set (or, without authentication, when asked to next to the sandbox):
 * the SDK adapter from Spring's settings, conversation and people stores, cards, the bot and the gateway.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TeamsConfigured.class)
class TeamsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TeamsConfiguration.class);

	@Bean
	BotSettings teamsBotSettings(TeamsProperties properties) {
		if (properties.authenticated()) {
			require(properties.appPassword(), "steward.teams.app-password (MICROSOFT_APP_PASSWORD)");
			require(properties.tenantId(), "steward.teams.tenant-id (MICROSOFT_APP_TENANT_ID)");
		}
		return new BotSettings(properties);
	}

	private static void require(String value, String setting) {
		if (!StringUtils.hasText(value)) {
			throw new FailureAnalyzedException(
					"Steward cannot start: " + setting + " must be set when steward.teams.app-id (MICROSOFT_APP_ID) is set.",
					"Set " + setting + " from the bot's Azure registration, or unset MICROSOFT_APP_ID to turn Teams off.");
		}
	}

	@Bean
	AppCredentials teamsCredentials(TeamsProperties properties, Clock clock) {
		if (!properties.authenticated()) {
			return MicrosoftAppCredentials.empty();
		}
		return new TenantCredentials(properties,
				HttpClient.newBuilder().connectTimeout(properties.timeout()).build(), clock);
	}

	@Bean
	ConnectorClients teamsConnectorClients(AppCredentials teamsCredentials, TeamsProperties properties) {
		return new ConnectorClients(teamsCredentials, properties.timeout());
	}

	@Bean
	TeamsBotAdapter teamsBotAdapter(BotSettings settings, AppCredentials teamsCredentials, ConnectorClients clients,
			TeamsProperties properties, ChatGateways gateways) {
		if (!properties.authenticated()) {
			if (!gateways.isConfigured(Platform.SANDBOX)) {
				throw new FailureAnalyzedException("Steward cannot start: steward.teams.app-id (MICROSOFT_APP_ID) must be "
						+ "set: Teams runs without authentication only next to the local sandbox (steward.sandbox.enabled).",
						"Set MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID from the bot's Azure "
								+ "registration, or remove steward.teams.enabled.");
			}
			log.warn("Teams is on WITHOUT authentication (no steward.teams.app-id): anyone who can reach {} can act "
					+ "as any user. Use this only locally.", TeamsEndpoint.PATH);
		}
		return new TeamsBotAdapter(settings, teamsCredentials, clients);
	}

	@Bean
	BotConnectorAuthentication teamsAuthentication(TeamsProperties properties) {
		return new BotConnectorAuthentication(properties);
	}

	@Bean
	ConversationStore teamsConversationStore(JdbcClient jdbc, Clock clock, TeamsProperties properties) {
		return new ConversationStore(jdbc, clock, properties.cacheTtl());
	}

	@Bean
	TeamsPeople teamsPeople(JdbcClient jdbc, Clock clock, TeamsProperties properties,
			ApplicationEventPublisher events) {
		return new TeamsPeople(jdbc, clock, properties.cacheTtl(), events);
	}

	@Bean
	CardFactory teamsCardFactory(TeamsPeople people, ObjectProvider<Interactions> interactions, ReaderWords readers) {
		return new CardFactory(people, interactions, readers);
	}

	@Bean
	TeamsBot teamsBot(ConversationStore conversations, TeamsPeople people, TeamRepository teams,
			Interactions interactions, CardFactory cards, JdbcClient jdbc, Clock clock, DeliveryQueue queue,
			DatabaseOutage outage, ReaderWords readers) {
		return new TeamsBot(new ActivityRecorder(conversations, people, teams, outage),
				new TextCommands(interactions, cards, readers),
				new CardSubmissions(interactions, cards, new CardNonces(jdbc, clock), readers), new Roster(people),
				new Greeting(queue, readers), cards, outage);
	}

	@Bean
	TeamsGateway teamsGateway(ConversationStore conversations, TeamsPeople people, ConnectorClients clients,
			CardFactory cards) {
		return new TeamsGateway(conversations, people, clients, cards);
	}

	/** Tells the dashboard which Teams user a Microsoft sign-in is, from the people Steward has seen. */
	@Bean
	dev.steward.dashboard.TeamsAccounts teamsAccounts(JdbcClient jdbc) {
		return (tenantId, aadObjectId) -> jdbc
			.sql("select user_id from teams_user where tenant_id = :tenant and aad_object_id = :aad order by updated_at "
					+ "desc limit 1")
			.param("tenant", tenantId)
			.param("aad", aadObjectId)
			.query(String.class)
			.optional();
	}

}
