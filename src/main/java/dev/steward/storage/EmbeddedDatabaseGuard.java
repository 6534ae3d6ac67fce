package dev.steward.storage;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.FailureAnalyzedException;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Refuses to start on an embedded H2 database under an orchestrator, before any bean opens it: each replica would
 * keep its own data and run its own tick, unless the operator says that is what they want.
 */
@Component
class EmbeddedDatabaseGuard implements BeanFactoryPostProcessor, EnvironmentAware {

	static final String ORCHESTRATOR = "KUBERNETES_SERVICE_HOST";

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		String url = environment.getProperty("spring.datasource.url", "");
		if (!StringUtils.hasText(environment.getProperty(ORCHESTRATOR)) || !isEmbeddedH2(url)) {
			return;
		}
		StorageProperties storage = Binder.get(environment)
			.bindOrCreate("steward.storage", StorageProperties.class);
		if (!storage.allowEmbedded()) {
			throw new FailureAnalyzedException("Steward cannot start: spring.datasource.url ('" + url.split(";")[0]
					+ "') is an embedded H2 database, and " + ORCHESTRATOR + " is set, so this runs under Kubernetes, "
					+ "where every replica would keep its own database and run its own tick.",
					"Point SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD) at "
							+ "PostgreSQL, or, for a single replica on a persistent volume, set "
							+ "steward.storage.allow-embedded=true (STEWARD_STORAGE_ALLOWEMBEDDED=true).");
		}
	}

	/** A file or in-memory H2 database; H2 reached over TCP is a shared server and is left alone. */
	static boolean isEmbeddedH2(String url) {
		return url.isEmpty() || (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:")
				&& !url.startsWith("jdbc:h2:ssl:"));
	}

}
