package dev.steward.scheduling;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The retention settings: two weeks, a day and a month unless set, and a clear refusal of an age that is not one. */
class RetentionPropertiesTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	@Test
	void keepsSentPayloadsTwoWeeksEventsADayAndSandboxMessagesAMonthUnlessSet() {
		context.run((started) -> assertThat(started.getBean(RetentionProperties.class)).isEqualTo(
				new RetentionProperties(Duration.ofDays(14), Duration.ofDays(1), Duration.ofDays(30),
						Duration.ofHours(1))));
	}

	@Test
	void refusesToStartWithAnAgeThatIsNotPositive() {
		context.withPropertyValues("steward.retention.sent-payloads=0s")
			.run((started) -> assertThat(started).getFailure()
				.rootCause()
				.hasMessageContaining("steward.retention.sent-payloads"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RetentionProperties.class)
	static class Settings {

	}

}
