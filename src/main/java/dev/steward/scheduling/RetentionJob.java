package dev.steward.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.storage.DatabaseOutage;

import org.springframework.stereotype.Component;

/**
 * Prunes what each feature keeps only for a while, one {@link Retention} after the other, a batch of at most
 * {@value #BATCH} rows per statement until a batch finds fewer, so a prune never holds many locks at once; one
 * failing retention does not stop the others.
 */
@Component
public class RetentionJob {

	/** The most rows one statement prunes, each in its own short transaction. */
	public static final int BATCH = 1_000;

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final List<Retention> retentions;

	private final Clock clock;

	public RetentionJob(List<Retention> retentions, Clock clock) {
		this.retentions = retentions;
		this.clock = clock;
	}

	/**
	 * What one retention pruned.
	 *
	 * @param name the retention's name
	 * @param rows the rows pruned
	 * @param statements the statements it took
	 */
	public record Pruned(String name, int rows, int statements) {
	}

	/** Runs every retention at the clock's instant; returns what each pruned. */
	public List<Pruned> run() {
		Instant now = clock.instant();
		List<Pruned> pruned = new ArrayList<>();
		for (Retention retention : retentions) {
			try {
				pruned.add(prune(retention, now, BATCH));
			}
			catch (RuntimeException ex) {
				if (DatabaseOutage.isOutage(ex)) {
					throw ex;
				}
				log.error("Retention: pruning {} failed", retention.name(), ex);
			}
		}
		return pruned;
	}

	/** Prunes with the retention, a batch per statement, until a batch finds fewer rows than the batch size. */
	public static Pruned prune(Retention retention, Instant now, int batch) {
		int rows = 0;
		int statements = 0;
		int last;
		do {
			last = retention.prune(now, batch);
			rows += last;
			statements++;
		}
		while (last >= batch);
		if (rows > 0) {
			log.info("Retention: pruned {} {} in {} statements", rows, retention.name(), statements);
		}
		return new Pruned(retention.name(), rows, statements);
	}

}
