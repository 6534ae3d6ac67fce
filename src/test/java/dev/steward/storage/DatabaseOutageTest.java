package dev.steward.storage;

import java.io.EOFException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.steward.scheduling.AdjustableClock;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean the database is away, one warning per outage, and answering at once only just after one. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTest {

	private final AdjustableClock wallClock = new AdjustableClock(Clock.systemUTC());

	private final DatabaseOutage outage = new DatabaseOutage(wallClock);

	@Test
	void countsConnectionFailuresAsAnOutageButNotMistakesOrConflicts() {
		SQLException timedOut = new SQLTransientConnectionException("Connection is not available");
		assertThat(DatabaseOutage.isOutage(new CannotGetJdbcConnectionException("no connection", timedOut))).isTrue();
		assertThat(DatabaseOutage.isOutage(new CannotCreateTransactionException("no connection", timedOut))).isTrue();
		assertThat(DatabaseOutage.isOutage(new UncategorizedSQLException("insert", "insert ...",
				new SQLException("IO Exception: \"java.io.EOFException\"", "90028", 90028))))
			.as("H2 over TCP")
			.isTrue();
		assertThat(DatabaseOutage.isOutage(new UncategorizedSQLException("insert", "insert ...",
				new SQLException("An I/O error occurred", "58030", new EOFException()))))
			.as("an I/O failure under the driver's error")
			.isTrue();
		assertThat(DatabaseOutage.isOutage(new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"))))
			.as("a rollback on the connection the pool closed after the outage broke it")
			.isTrue();
		assertThat(DatabaseOutage.isOutage(new BadSqlGrammarException("select", "select nothing", new SQLException())))
			.isFalse();
		assertThat(DatabaseOutage.isOutage(new DataIntegrityViolationException("duplicate"))).isFalse();
		assertThat(DatabaseOutage.isOutage(new CannotAcquireLockException("deadlock", timedOut))).isFalse();
		assertThat(DatabaseOutage.isOutage(new IllegalStateException("bug"))).isFalse();
	}

	@Test
	void warnsOnceWhenTheDatabaseGoesAwayAndSaysOnceWhenItIsBack(CapturedOutput output) {
		outage.unreachable("the tick", new CannotGetJdbcConnectionException("Connection is not available"));
		outage.unreachable("/standup by U1", new CannotGetJdbcConnectionException("Connection is not available"));
		wallClock.advance(Duration.ofSeconds(30));
		outage.reachable();
		outage.reachable();

		assertThat(output.getAll().lines().filter((line) -> line.contains(" WARN ")))
			.singleElement()
			.asString()
			.contains("The database is unreachable (the tick failed: Connection is not available)");
		assertThat(output.getAll().lines().filter((line) -> line.contains(" INFO ")))
			.singleElement()
			.asString()
			.contains("The database is reachable again after 30 s");
	}

	@Test
	void answersAtOnceOnlyInTheSecondsAfterAFailure() {
		wallClock.freezeAt(Instant.parse("2026-11-23T09:00:00Z"));
		assertThat(outage.recentlyUnreachable()).isFalse();

		outage.unreachable("the tick", new CannotGetJdbcConnectionException("Connection is not available"));
		assertThat(outage.recentlyUnreachable()).isTrue();
		wallClock.advance(DatabaseOutage.ANSWER_AT_ONCE);
		assertThat(outage.recentlyUnreachable()).as("time to try again").isFalse();

		outage.unreachable("the tick", new CannotGetJdbcConnectionException("Connection is not available"));
		outage.reachable();
		assertThat(outage.recentlyUnreachable()).isFalse();
	}

}
