package dev.steward.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.steward.storage.DatabaseOutage;
import dev.steward.support.TcpProxy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cluster lock over a database connection that goes away mid-run: the lock it could not release is released
 * once the database is back, so the job resumes at once rather than after the lock's five minutes. On H2 and, in
 * CI, on PostgreSQL.
 */
@Tag("storage")
class ClusterLockStorageTest {

	private static final Duration LOCK_AT_MOST = Duration.ofMinutes(5);

	private final TcpProxy database = TcpProxy.forTestDatabase();

	private final AtomicInteger runs = new AtomicInteger();

	private ClusterLock lock;

	private ClusterLock otherInstance;

	@BeforeEach
	void freshLockTable() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(database.freshDatabase("cluster_lock"),
				database.user(), database.password());
		Flyway.configure().dataSource(dataSource).load().migrate();
		lock = new ClusterLock(provider(dataSource), new DatabaseOutage(), Clock.systemUTC());
		otherInstance = new ClusterLock(provider(dataSource), new DatabaseOutage(), Clock.systemUTC());
	}

	@AfterEach
	void closeProxy() {
		database.close();
	}

	@Test
	void aLockLeftHeldWhenTheDatabaseWentAwayIsReleasedAsSoonAsItIsBack() {
		assertThatThrownBy(() -> lock.run("job", LOCK_AT_MOST, () -> {
			runs.incrementAndGet();
			database.cut();
		})).as("the release failed").matches(DatabaseOutage::isOutage);
		assertThatThrownBy(() -> lock.run("job", LOCK_AT_MOST, runs::incrementAndGet))
			.as("still away")
			.matches(DatabaseOutage::isOutage);

		database.restore();

		assertThat(otherInstance.run("job", LOCK_AT_MOST, runs::incrementAndGet)).as("still held in the database")
			.isFalse();
		assertThat(lock.run("job", LOCK_AT_MOST, runs::incrementAndGet)).isTrue();
		assertThat(otherInstance.run("job", LOCK_AT_MOST, runs::incrementAndGet)).isTrue();
		assertThat(runs).hasValue(3);
	}

	private static LockProvider provider(DriverManagerDataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

}
