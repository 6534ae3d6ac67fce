package dev.steward.chat.slack;

import java.time.Clock;

import com.slack.api.Slack;
import tools.jackson.databind.json.JsonMapper;

import dev.steward.storage.DatabaseOutage;

import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Takes Slack's requests over Socket Mode when an app-level token is set: the same Bolt app answers them, and
 * {@code /slack/events} answers 404.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackConfigured.OverSocketMode.class)
class SlackSocketModeConfiguration {

	@Bean
	SeenRequests seenSocketEnvelopes(JdbcClient jdbc, Clock clock, DatabaseOutage outage) {
		return new SeenRequests(jdbc, clock, outage, SeenRequests.ENVELOPES);
	}

	@Bean
	SocketModeConnection socketModeConnection(Slack slack, SlackProperties properties, JsonMapper json,
			SeenRequests seenSocketEnvelopes, BoltRunner boltRunner, Clock clock) {
		return new SocketModeConnection(slack, properties.appToken(),
				new SocketModeEnvelopes(json, seenSocketEnvelopes, boltRunner), properties.socketMode(), clock, json);
	}

	@Bean
	ServletRegistrationBean<SocketModeEndpoint> slackEndpointOff() {
		return new ServletRegistrationBean<>(new SocketModeEndpoint(), SlackHttpConfiguration.PATH);
	}

}
