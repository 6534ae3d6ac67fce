package dev.steward.scheduling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.storage.DatabaseOutage;

import org.springframework.util.ErrorHandler;

/**
 * Logs what a scheduled job throws: a database that cannot be reached once per outage (the job runs again on its
 * next turn and resumes when it is back), anything else as the error it is.
 */
final class ScheduledFailures implements ErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(ScheduledFailures.class);

	private final DatabaseOutage outage;

	ScheduledFailures(DatabaseOutage outage) {
		this.outage = outage;
	}

	@Override
	public void handleError(Throwable failure) {
		if (DatabaseOutage.isOutage(failure)) {
			outage.unreachable("scheduled work", failure);
			return;
		}
		log.error("A scheduled job failed", failure);
	}

}
