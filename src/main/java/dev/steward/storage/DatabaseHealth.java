package dev.steward.storage;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code db} health check, in readiness, bounded however the database fails: a connection within the pool's
 * time-out, then a validity check of at most a second (Spring Boot's own waits without limit for a connection that
 * stopped answering). It tells {@link DatabaseOutage} what it finds, so a probe notices the outage's start and end.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

	private static final int VALID_WITHIN_SECONDS = 1;

	private final DataSource dataSource;

	private final DatabaseOutage outage;

	DatabaseHealth(DataSource dataSource, DatabaseOutage outage) {
		this.dataSource = dataSource;
		this.outage = outage;
	}

	@Override
	public Health health() {
		try (Connection connection = dataSource.getConnection()) {
			if (!connection.isValid(VALID_WITHIN_SECONDS)) {
				return Health.down().withDetail("error", "no answer within " + VALID_WITHIN_SECONDS + " s").build();
			}
			outage.reachable();
			return Health.up().withDetail("database", connection.getMetaData().getDatabaseProductName()).build();
		}
		catch (SQLException ex) {
			outage.unreachable("the readiness check", ex);
			return Health.down(ex).build();
		}
	}

}
