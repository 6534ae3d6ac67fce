package dev.steward.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Paces calls to the platforms as they publish their limits, for every replica at once: each budget (a workspace's
 * method, a conversation, a tenant) is a token bucket in the {@code rate_budget} table, taken under a row lock, and a
 * 429's Retry-After pauses the budget it hit until then. A bucket of capacity {@code b} refilled at {@code (n - b) / t}
 * never lets more than {@code n} calls through in any window {@code t}, so 429s are the exception. After a pause, one
 * call goes first as a probe and the others wait for its answer, so a storm that goes on costs one 429 per pause.
 */
@Component
class RateGate {

	private static final Logger log = LoggerFactory.getLogger(RateGate.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	/** How long others wait for a probe's answer before one of them probes instead (its sender may have died). */
	private static final Duration PROBE_LEASE = Duration.ofSeconds(30);

	/** How often a call waiting for a probe looks again. */
	private static final Duration PROBE_RECHECK = Duration.ofSeconds(1);

	private final Clock clock;

	RateGate(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * One budget.
	 *
	 * @param key what it limits, such as {@code slack:T1:chat.postMessage}
	 * @param capacity how many calls may go at once after a quiet spell
	 * @param perSecond how fast it refills
	 */
	record Budget(String key, double capacity, double perSecond) {

		/**
		 * At most {@code count} calls in any window of {@code per}: a burst of the given share of them, and a refill
		 * at the rest. A small burst keeps a busy budget near its full rate; a large one lets a quiet conversation
		 * take several messages at once.
		 */
		static Budget window(String key, int count, Duration per, double burstShare) {
			double burst = Math.max(1, Math.floor(count * burstShare));
			double rest = Math.max(count - burst, 0.5);
			return new Budget(key, burst, rest / (per.toMillis() / 1000.0));
		}

	}

	/**
	 * What {@link #acquire} decided.
	 *
	 * @param waitFor how long to wait before asking again; zero when the call may go
	 * @param probes the budgets for which this call is the probe after a pause; pass to {@link #probed} once it is
	 * answered other than with a 429
	 */
	record Admission(Duration waitFor, List<String> probes) {

		static final Admission GO = new Admission(Duration.ZERO, List.of());

		boolean admitted() {
			return waitFor.isZero();
		}

	}

	/**
	 * Takes one call from each budget now; when any is empty, paused, or waiting for a probe's answer, takes none and
	 * says how long to wait.
	 */
	Admission acquire(List<Budget> budgets) {
		if (budgets.isEmpty()) {
			return Admission.GO;
		}
		Instant now = clock.instant();
		List<Budget> ordered = budgets.stream().sorted(Comparator.comparing(Budget::key)).toList();
		return transaction.execute((status) -> {
			Duration wait = Duration.ZERO;
			double[] left = new double[ordered.size()];
			boolean[] probing = new boolean[ordered.size()];
			Instant[] refilled = new Instant[ordered.size()];
			for (int i = 0; i < ordered.size(); i++) {
				Row row = lock(ordered.get(i), now);
				// A replica that read the clock before waiting for this row's lock must not move the refill back:
				// the next caller would be refilled for the same time twice.
				refilled[i] = row.refilledAt().isAfter(now) ? row.refilledAt() : now;
				left[i] = Math.min(ordered.get(i).capacity(), row.tokens() + ordered.get(i).perSecond() * seconds(row
					.refilledAt(), now));
				wait = max(wait, row.pausedUntil() != null && row.pausedUntil().isAfter(now)
						? Duration.between(now, row.pausedUntil()) : Duration.ZERO);
				wait = max(wait, left[i] >= 1 ? Duration.ZERO
						: Duration.ofMillis((long) Math.ceil((1 - left[i]) / ordered.get(i).perSecond() * 1000)));
				if (row.probing() && row.probeUntil() != null && row.probeUntil().isAfter(now)) {
					wait = max(wait, min(Duration.between(now, row.probeUntil()), PROBE_RECHECK));
				}
				probing[i] = row.probing();
			}
			if (!wait.isZero()) {
				return new Admission(wait, List.of());
			}
			List<String> probes = new ArrayList<>();
			for (int i = 0; i < ordered.size(); i++) {
				store(ordered.get(i).key(), left[i] - 1, refilled[i], probing[i] ? now.plus(PROBE_LEASE) : null);
				if (probing[i]) {
					probes.add(ordered.get(i).key());
				}
			}
			return new Admission(Duration.ZERO, List.copyOf(probes));
		});
	}

	/** The probe after a pause got an answer that was not a 429: every call may go again as the budgets allow. */
	void probed(Admission admission) {
		if (admission.probes().isEmpty()) {
			return;
		}
		jdbc.sql("update rate_budget set probing = false, probe_until = null where budget_key in (:keys)")
			.param("keys", admission.probes())
			.update();
		log.debug("Probes of {} answered; sending again", admission.probes());
	}

	/**
	 * Pauses the budget until the instant, for every replica (a pause already longer stays); the first call after it
	 * is a probe.
	 */
	void pause(Budget budget, Instant until) {
		Instant now = clock.instant();
		transaction.executeWithoutResult((status) -> {
			Row row = lock(budget, now);
			Instant end = (row.pausedUntil() == null || row.pausedUntil().isBefore(until)) ? until : row.pausedUntil();
			jdbc.sql("update rate_budget set paused_until = :until, probing = true, probe_until = null "
					+ "where budget_key = :key")
				.param("until", ts(end))
				.param("key", budget.key())
				.update();
		});
		log.debug("Paused {} until {}", budget.key(), until);
	}

	private Row lock(Budget budget, Instant now) {
		Optional<Row> row = select(budget.key());
		if (row.isPresent()) {
			return row.get();
		}
		jdbc.sql("insert into rate_budget (budget_key, tokens, refilled_at) values (:key, :tokens, :now) "
				+ "on conflict do nothing")
			.param("key", budget.key())
			.param("tokens", budget.capacity())
			.param("now", ts(now))
			.update();
		return select(budget.key()).orElseThrow();
	}

	private Optional<Row> select(String key) {
		return jdbc
			.sql("select tokens, refilled_at, paused_until, probing, probe_until from rate_budget "
					+ "where budget_key = :key for update")
			.param("key", key)
			.query((rs, number) -> new Row(rs.getDouble("tokens"),
					rs.getObject("refilled_at", OffsetDateTime.class).toInstant(), instant(rs, "paused_until"),
					rs.getBoolean("probing"), instant(rs, "probe_until")))
			.optional();
	}

	/** Stores the tokens left; a probe's lease too, when this call is the probe. */
	private void store(String key, double tokens, Instant now, Instant probeUntil) {
		jdbc.sql("update rate_budget set tokens = :tokens, refilled_at = :now, "
				+ "probe_until = coalesce(:probe, probe_until) where budget_key = :key")
			.param("tokens", tokens)
			.param("now", ts(now))
			.param("probe", (probeUntil != null) ? ts(probeUntil) : null, Types.TIMESTAMP_WITH_TIMEZONE)
			.param("key", key)
			.update();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	/** Seconds from one instant to another, never negative (a clock set back refills nothing). */
	private static double seconds(Instant from, Instant to) {
		return Math.max(0, Duration.between(from, to).toMillis() / 1000.0);
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	private static OffsetDateTime ts(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A budget's stored state. */
	private record Row(double tokens, Instant refilledAt, Instant pausedUntil, boolean probing, Instant probeUntil) {

	}

}
