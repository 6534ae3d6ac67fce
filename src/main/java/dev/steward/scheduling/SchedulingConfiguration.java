package dev.steward.scheduling;

import java.time.Clock;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;

import dev.steward.storage.DatabaseOutage;

import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The application clock, the cluster-wide lock that keeps scheduled jobs on one instance at a time, and how the
 * scheduler logs a job's failure.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

	@Bean
	AdjustableClock clock() {
		return AdjustableClock.system();
	}

	/**
	 * A lock lives only as long as its holder: it is extended every half of {@code lock-at-most} while the job runs,
	 * so a replica killed mid-run frees it within that time and another takes over.
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

	@Bean
	ClusterLock clusterLock(LockProvider lockProvider, DatabaseOutage outage) {
		return new ClusterLock(lockProvider, outage, Clock.systemUTC());
	}

	@Bean
	ThreadPoolTaskSchedulerCustomizer scheduledFailures(DatabaseOutage outage) {
		return (scheduler) -> scheduler.setErrorHandler(new ScheduledFailures(outage));
	}

	@Bean
	SimpleAsyncTaskSchedulerCustomizer virtualScheduledFailures(DatabaseOutage outage) {
		return (scheduler) -> scheduler.setErrorHandler(new ScheduledFailures(outage));
	}

}
