package dev.steward.chat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile settings Steward starts with: directories are read hourly, and never at a zero interval. */
class ProfilePropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	@Test
	void readsDirectoriesHourlyAndRetriesAFailedReadAfterAMinuteByDefault() {
		runner.run((context) -> assertThat(context.getBean(ProfileProperties.class))
			.isEqualTo(new ProfileProperties(Duration.ofHours(1), Duration.ofHours(1), Duration.ofMinutes(1),
					Duration.ofSeconds(30))));
	}

	@Test
	void refusesToStartWithADirectoryRefreshThatIsNotPositive() {
		runner.withPropertyValues("steward.chat.directory-refresh=0s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("steward.chat")
				.hasMessageContaining("directoryRefresh")
				.hasMessageContaining("must be positive"));
	}

	@Test
	void refusesToStartWithADirectoryRetryThatIsNotPositive() {
		runner.withPropertyValues("steward.chat.directory-retry=-1m")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("directoryRetry")
				.hasMessageContaining("must be positive"));
	}

	@EnableConfigurationProperties(ProfileProperties.class)
	static class Settings {

	}

}
