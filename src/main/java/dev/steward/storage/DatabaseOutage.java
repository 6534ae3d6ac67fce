package dev.steward.storage;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Notices the database going away and coming back: one WARN when a failure shows it cannot be reached, one INFO when
 * it answers again, and for a few seconds after a failure a way for the rest of a request to answer at once instead
 * of waiting for a connection again.
 */
@Component
public class DatabaseOutage {

	/**
	 * How long after a failure a request answers without trying the database again: Slack's three seconds, within
	 * which a request should meet the connection time-out once at most.
	 */
	static final Duration ANSWER_AT_ONCE = Duration.ofSeconds(3);

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	private final Clock wallClock;

	private Instant since;

	private Instant lastFailure;

	/** Measures real elapsed time, not the application's clock, which tests freeze and the sandbox moves. */
	public DatabaseOutage() {
		this(Clock.systemUTC());
	}

	DatabaseOutage(Clock wallClock) {
		this.wallClock = wallClock;
	}

	/**
	 * Whether the failure says the database cannot be reached just now (no connection, a broken one, a time-out, a
	 * commit or rollback that could not reach it), rather than a mistake in a statement or a conflict between
	 * transactions.
	 */
	public static boolean isOutage(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConcurrencyFailureException) {
				return false;
			}
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
					|| cause instanceof RecoverableDataAccessException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof TransactionSystemException
					|| (cause instanceof SQLException sql && BrokenConnections.isBroken(sql))) {
				return true;
			}
		}
		return false;
	}

	/** Notes that the database could not be reached during the work named; the first failure of an outage warns. */
	public synchronized void unreachable(String during, Throwable failure) {
		Instant now = wallClock.instant();
		lastFailure = now;
		String reason = reason(failure);
		if (since == null) {
			since = now;
			log.warn("The database is unreachable ({} failed: {}); requests are answered with 'try again' and "
					+ "scheduled work waits until it is back", during, reason);
		}
		else {
			log.debug("The database is still unreachable ({} failed: {})", during, reason);
		}
	}

	/** The innermost cause's message, or its type when it has none (a driver's {@code EOFException}). */
	private static String reason(Throwable failure) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

	/** Notes that the database just answered; the first answer after an outage says so. */
	public synchronized void reachable() {
		if (since != null) {
			log.info("The database is reachable again after {} s", Duration.between(since, wallClock.instant())
				.toSeconds());
			since = null;
			lastFailure = null;
		}
	}

	/** True while an outage is on and its last failure is recent enough that trying again would only wait. */
	public synchronized boolean recentlyUnreachable() {
		return lastFailure != null && wallClock.instant().isBefore(lastFailure.plus(ANSWER_AT_ONCE));
	}

	/**
	 * Runs a step the caller can do without (remembering who wrote, a conversation reference): skipped while the
	 * database just failed, and when the database fails now noted rather than thrown.
	 */
	public void bestEffort(String during, Runnable step) {
		if (recentlyUnreachable()) {
			log.debug("Skipped {}: the database failed just now", during);
			return;
		}
		try {
			step.run();
		}
		catch (RuntimeException ex) {
			if (!isOutage(ex)) {
				throw ex;
			}
			unreachable(during, ex);
		}
	}

}
