package dev.steward.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.steward.StewardApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Under an orchestrator ({@code KUBERNETES_SERVICE_HOST}, read through Spring's environment as the variable would
 * be), Steward refuses an embedded H2 database unless the operator allows it, and says how to fix it.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseGuardTest {

	private static final String FILE = "jdbc:h2:file:./target/guard/steward;MODE=PostgreSQL";

	private final ApplicationContextRunner guard = new ApplicationContextRunner()
		.withBean(EmbeddedDatabaseGuard.class)
		.withPropertyValues("spring.datasource.url=" + FILE);

	@Test
	void refusesToStartOnAnH2FileUnderKubernetesAndSaysWhatToSet(CapturedOutput output) {
		assertThatThrownBy(() -> SpringApplication.run(StewardApplication.class, "--server.port=0",
				"--steward.scheduling.enabled=false", "--KUBERNETES_SERVICE_HOST=10.96.0.1",
				"--spring.datasource.url=" + FILE))
			.hasMessage("Steward cannot start: spring.datasource.url ('jdbc:h2:file:./target/guard/steward') "
					+ "is an embedded H2 database, and KUBERNETES_SERVICE_HOST is set, so this runs under Kubernetes, "
					+ "where every replica would keep its own database and run its own tick.");

		assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
			.contains("Action:\n\nPoint SPRING_DATASOURCE_URL")
			.contains("set steward.storage.allow-embedded=true")
			.doesNotContainPattern("\\n\\s+at [a-z]+\\.");
	}

	@Test
	void startsOnAnH2FileUnderKubernetesWhenTheOperatorAllowsIt() {
		guard.withPropertyValues("KUBERNETES_SERVICE_HOST=10.96.0.1", "steward.storage.allow-embedded=true")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void refusesAnInMemoryH2UnderKubernetesToo() {
		guard.withPropertyValues("KUBERNETES_SERVICE_HOST=10.96.0.1", "spring.datasource.url=jdbc:h2:mem:steward")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasMessageContaining("('jdbc:h2:mem:steward') is an embedded H2 database"));
	}

	@Test
	void startsOnPostgresqlOrAnH2ServerUnderKubernetes() {
		for (String url : new String[] { "jdbc:postgresql://db:5432/steward", "jdbc:h2:tcp://db:9092/steward" }) {
			guard.withPropertyValues("KUBERNETES_SERVICE_HOST=10.96.0.1", "spring.datasource.url=" + url)
				.run((context) -> assertThat(context).hasNotFailed());
		}
	}

	@Test
	void startsOnAnH2FileOutsideAnOrchestrator() {
		guard.run((context) -> assertThat(context).hasNotFailed());
	}

}
