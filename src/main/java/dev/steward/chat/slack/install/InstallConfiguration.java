package dev.steward.chat.slack.install;

import java.time.Clock;

import com.slack.api.Slack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.Workspaces;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the many-workspace mode when a client id is set: the install pages, the flow, and the installations whose
 * tokens Slack's requests and Steward's sends use; at startup, tokens under an older key are encrypted again.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ManyWorkspaces.class)
public class InstallConfiguration {

	private static final Logger log = LoggerFactory.getLogger(InstallConfiguration.class);

	@Bean
	Installations slackInstallations(JdbcClient jdbc, TransactionTemplate transactions,
			InstallProperties properties) {
		return new Installations(jdbc, transactions, TokenCipher.of(properties.tokenKeys()), properties);
	}

	@Bean
	InstallFlow slackInstallFlow(Slack slack, InstallProperties properties, JdbcClient jdbc,
			Installations installations, Workspaces workspaces, Clock clock) {
		OAuthStates states = new OAuthStates(jdbc, clock, properties.stateLifetime());
		return new InstallFlow(slack, properties, states, installations, workspaces, clock);
	}

	@Bean
	ApplicationRunner slackTokenKeyRotation(Installations installations) {
		return (arguments) -> {
			int changed = installations.encryptWithCurrentKey();
			if (changed > 0) {
				log.info("Encrypted {} Slack bot token(s) again with the current key; older keys can be removed from "
						+ "steward.slack.install.token-keys once every replica runs with this list", changed);
			}
		};
	}

}
