package dev.steward.scheduling;

import java.util.concurrent.Executors;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The application clock and the cluster-wide lock that keeps the tick on one instance at a time. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "30s")
class SchedulingConfiguration {

	@Bean
	AdjustableClock clock() {
		return AdjustableClock.system();
	}

	/**
	 * The tick's lock lives only as long as its holder: it is extended every half of {@code lock-at-most} while the
	 * tick runs, so a replica killed mid-tick frees it within that time and another takes over.
	 */
	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		JdbcTemplateLockProvider database = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
		return new KeepAliveLockProvider(database, Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "tick-lock-keep-alive");
			thread.setDaemon(true);
			return thread;
		}));
	}

}
