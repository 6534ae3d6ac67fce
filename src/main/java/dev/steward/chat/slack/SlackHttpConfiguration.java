package dev.steward.chat.slack;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import dev.steward.storage.DatabaseOutage;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;

/** Serves Slack's requests on {@code /slack/events} behind the signature filter, when no app-level token is set. */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackConfigured.OverHttp.class)
class SlackHttpConfiguration {

	static final String PATH = "/slack/events";

	@Bean
	ServletRegistrationBean<BoltServlet> slackServlet(BoltRunner boltRunner) {
		return new ServletRegistrationBean<>(new BoltServlet(boltRunner), PATH);
	}

	@Bean
	SeenRequests seenSlackSignatures(JdbcClient jdbc, DatabaseOutage outage) {
		return new SeenRequests(jdbc, Clock.systemUTC(), outage, SeenRequests.SIGNATURES);
	}

	@Bean
	FilterRegistrationBean<SlackSignatureFilter> slackSignatureFilter(SlackProperties properties, JsonMapper json,
			SeenRequests seenSlackSignatures) {
		if (!StringUtils.hasText(properties.signingSecret())) {
			throw new InvalidConfigurationPropertyValueException("steward.slack.signing-secret", null,
					"must be set when Slack is configured (SLACK_BOT_TOKEN or SLACK_CLIENT_ID) and Slack's requests "
							+ "come to /slack/events, or Steward could not tell Slack's requests from anyone else's; "
							+ "copy it from your Slack app's Basic Information page, or set SLACK_APP_TOKEN for Socket "
							+ "Mode");
		}
		SlackSignatureFilter filter = new SlackSignatureFilter(properties.signingSecrets(), Clock.systemUTC(),
				new SlackRequestValidator(json), seenSlackSignatures);
		FilterRegistrationBean<SlackSignatureFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(PATH);
		return registration;
	}

}
