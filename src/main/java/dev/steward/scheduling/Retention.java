package dev.steward.scheduling;

import java.time.Instant;

/** A feature's rows that are kept only for a while, pruned by the {@link RetentionJob} a batch at a time. */
public interface Retention {

	/** What is pruned, for logs, such as {@code sent delivery payloads}. */
	String name();

	/**
	 * Prunes at most {@code batch} rows that are past their age at {@code now}, in one statement; returns how many it
	 * pruned, so fewer than {@code batch} means there is nothing left.
	 */
	int prune(Instant now, int batch);

}
