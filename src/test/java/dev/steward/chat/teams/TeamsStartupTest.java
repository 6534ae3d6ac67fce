package dev.steward.chat.teams;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.steward.StewardApplication;
import dev.steward.support.TeamsActivities;
import dev.steward.support.TeamsClient;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which Teams settings Steward starts with: authentication is off only next to the local sandbox. */
class TeamsStartupTest {

	@Test
	void runsWithoutAnAppIdOnlyNextToTheSandboxAndThenTakesUnsignedActivities() {
		try (ConfigurableApplicationContext context = start("teams-local", "--steward.teams.enabled=true")) {
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			TeamsActivities activities = new TeamsActivities("http://localhost:9/");

			HttpResponse<String> response = new TeamsClient(port, "http://localhost:9/")
				.send(activities.installedPersonally("29:1local", "Europe/Berlin"), null);

			assertThat(response.statusCode()).isEqualTo(200);
		}
	}

	@Test
	void refusesToStartWithoutAnAppIdWhenTheSandboxIsOff() {
		assertThatThrownBy(() -> start("teams-open", "--steward.teams.enabled=true", "--steward.sandbox.enabled=false"))
			.rootCause()
			.hasMessageContaining("steward.teams.app-id (MICROSOFT_APP_ID) must be set");
	}

	@Test
	void refusesToStartWithAnAppIdButNoTenant() {
		assertThatThrownBy(() -> start("teams-no-tenant", "--steward.teams.app-id=" + TeamsActivities.APP_ID,
				"--steward.teams.app-password=secret"))
			.rootCause()
			.hasMessageContaining("steward.teams.tenant-id (MICROSOFT_APP_TENANT_ID) must be set");
	}

	private static ConfigurableApplicationContext start(String database, String... settings) {
		String[] args = new String[settings.length + 3];
		args[0] = "--server.port=0";
		args[1] = "--steward.scheduling.enabled=false";
		args[2] = "--spring.datasource.url=jdbc:h2:mem:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		System.arraycopy(settings, 0, args, 3, settings.length);
		return SpringApplication.run(StewardApplication.class, args);
	}

}
