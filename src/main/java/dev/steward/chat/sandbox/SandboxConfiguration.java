package dev.steward.chat.sandbox;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import dev.steward.chat.Platform;
import dev.steward.command.Actor;
import dev.steward.command.FormResult;
import dev.steward.command.FormSubmission;
import dev.steward.command.Interactions;
import dev.steward.scheduling.RetentionProperties;
import dev.steward.team.TeamRepository;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.diagnostics.FailureAnalyzedException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the sandbox chat when no real platform is configured (or when asked to), guards its API with the secret
 * when one is set (and insists on one next to a real platform), and sets up the demo team's stand-up on first
 * start through the same setup form a PM would submit.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SandboxEnabled.class)
class SandboxConfiguration {

	static final String SECRET_MISSING = "steward.sandbox.secret (STEWARD_SANDBOX_SECRET) must be set when the "
			+ "sandbox chat runs next to Slack or Teams, or anyone who can reach Steward could act as anyone in it.";

	private static final Logger log = LoggerFactory.getLogger(SandboxConfiguration.class);

	@Bean
	SandboxMessageStore sandboxMessageStore(JdbcClient jdbc) {
		return new SandboxMessageStore(jdbc);
	}

	@Bean
	SandboxRetention sandboxRetention(JdbcClient jdbc, RetentionProperties properties) {
		return new SandboxRetention(jdbc, properties);
	}

	@Bean
	SandboxGateway sandboxGateway(SandboxMessageStore store, JsonMapper json, Clock clock) {
		return new SandboxGateway(store, json, clock);
	}

	/**
	 * Requires the secret on every API request when one is set. Next to a real platform one must be: the sandbox
	 * lets whoever reaches it act as anyone in the demo team, and moves the application's clock.
	 */
	@Bean
	FilterRegistrationBean<SandboxSecretFilter> sandboxSecretFilter(SandboxProperties properties,
			Environment environment, JsonMapper json) {
		if (!properties.hasSecret() && SandboxEnabled.realPlatformConfigured(environment)) {
			throw new FailureAnalyzedException(SECRET_MISSING,
					"Set steward.sandbox.secret (STEWARD_SANDBOX_SECRET) to a long random value, or turn the sandbox "
							+ "off with steward.sandbox.enabled=false (STEWARD_SANDBOX_ENABLED=false).");
		}
		FilterRegistrationBean<SandboxSecretFilter> registration = new FilterRegistrationBean<>(
				new SandboxSecretFilter(properties, json));
		registration.addUrlPatterns(SandboxApi.PATH + "/*");
		registration.setEnabled(properties.hasSecret());
		return registration;
	}

	@Bean
	ApplicationRunner sandboxDemoTeam(TeamRepository teams, Interactions interactions) {
		return (args) -> {
			if (teams.findByChannel(Platform.SANDBOX, SandboxDirectory.WORKSPACE, SandboxDirectory.CHANNEL)
				.isPresent()) {
				return;
			}
			List<String> members = SandboxDirectory.USERS.stream()
				.filter(SandboxDirectory.DemoUser::standsUp)
				.map(SandboxDirectory.DemoUser::id)
				.toList();
			Actor alice = new Actor(Platform.SANDBOX, SandboxDirectory.WORKSPACE, "alice", "Alice Lee");
			FormResult result = interactions.submit(new FormSubmission(alice, "standup.setup",
					SandboxDirectory.CHANNEL + "\n" + SandboxDirectory.CHANNEL,
					Map.ofEntries(Map.entry("members", members), Map.entry("pms", List.of("alice")),
							Map.entry("stakeholders", List.of("dana")), Map.entry("prompt_time", List.of("09:30")),
							Map.entry("report_time", List.of("11:00")), Map.entry("reminder", List.of("60")),
							Map.entry("days", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")),
							Map.entry("zone_policy", List.of("MEMBER")), Map.entry("team_zone", List.of("Europe/London")),
							Map.entry("language", List.of("en")),
							Map.entry("questions", List.of("What did you do yesterday?\nWhat will you do today?\n"
									+ "Anything blocking you?")),
							Map.entry("blockers_question", List.of("3")), Map.entry("plans_question", List.of("2")))),
					"members");
			if (!result.isAccepted()) {
				throw new IllegalStateException("Could not set up the sandbox demo team: " + result.errors());
			}
			teams.findByChannel(Platform.SANDBOX, SandboxDirectory.WORKSPACE, SandboxDirectory.CHANNEL)
				.ifPresent((team) -> teams.members(team.id())
					.forEach((member) -> SandboxDirectory.find(member.userId())
						.ifPresent((user) -> teams.updateProfile(member.id(), user.name(), user.zone()))));
			log.info("Set up the sandbox demo team #{}", SandboxDirectory.CHANNEL);
		};
	}

}
