package dev.steward.impediment;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * What a page of a team's execution log shows: which ones (kind, status, owner, severity, rung, open since before,
 * words in the title), in what order, and which page of how many.
 *
 * @param kinds the kinds to show (impediments, issues, change requests); empty for every one
 * @param statuses the statuses to show; empty for every one
 * @param ownerId only this owner's, or null
 * @param severity only this severity, or null
 * @param minRung only those escalated to at least this rung, or 0
 * @param openedBefore only those opened before this instant (older than an age), or null
 * @param text words the title contains, or null
 * @param only just these impediments (those linked to a value goal, say), or null for any
 * @param sort the order
 * @param page the page, from 1
 * @param size how many to a page
 */
public record ImpedimentQuery(Set<LogKind> kinds, Set<ImpedimentStatus> statuses, String ownerId, Severity severity, int minRung,
		Instant openedBefore, String text, Set<Long> only, Sort sort, int page, int size) {

	/** The most a page may hold. */
	public static final int MAX_SIZE = 200;

	public ImpedimentQuery {
		kinds = Set.copyOf(kinds);
		statuses = Set.copyOf(statuses);
		only = (only == null) ? null : Set.copyOf(only);
		if (page < 1) {
			throw new IllegalArgumentException("page must be 1 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
		}
		if (minRung < 0) {
			throw new IllegalArgumentException("rung must be 0 or more");
		}
		text = (text == null || text.isBlank()) ? null : text.strip();
		ownerId = (ownerId == null || ownerId.isBlank()) ? null : ownerId.strip();
	}

	/** Every impediment of the team, newest first, one page of the size. */
	public static ImpedimentQuery all(int size) {
		return new ImpedimentQuery(Set.of(), Set.of(), null, null, 0, null, null, null, Sort.NEWEST, 1, size);
	}

	/** The same query, limited to the impediments given. */
	public ImpedimentQuery onlyOf(Set<Long> ids) {
		return new ImpedimentQuery(kinds, statuses, ownerId, severity, minRung, openedBefore, text, ids, sort, page,
				size);
	}

	/** The orders the log can be read in. */
	public enum Sort {

		/** Most recently opened first. */
		NEWEST("opened_at desc, id desc"),
		/** Longest open first. */
		OLDEST("opened_at, id"),
		/** Critical first, then by age. */
		SEVERITY("case severity when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end, opened_at, id"),
		/** Highest rung first, then by age. */
		RUNG("rung desc, opened_at, id");

		private final String orderBy;

		Sort(String orderBy) {
			this.orderBy = orderBy;
		}

		String orderBy() {
			return orderBy;
		}

		/** The order named as in a URL ({@code oldest}), or null when there is no such order. */
		public static Sort named(String name) {
			for (Sort sort : values()) {
				if (sort.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
					return sort;
				}
			}
			return null;
		}

	}

}
