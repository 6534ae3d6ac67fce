package dev.steward.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * never lets more than {@code n} calls through in any window {@code t}, so 429s are the exception.
 */
@Component
class RateGate {

	private static final Logger log = LoggerFactory.getLogger(RateGate.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

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

	/** Takes one call from each budget now; when any is empty or paused, takes none and says how long to wait. */
	Duration acquire(List<Budget> budgets) {
		if (budgets.isEmpty()) {
			return Duration.ZERO;
		}
		Instant now = clock.instant();
		List<Budget> ordered = budgets.stream().sorted(Comparator.comparing(Budget::key)).toList();
		return transaction.execute((status) -> {
			Duration wait = Duration.ZERO;
			double[] left = new double[ordered.size()];
			for (int i = 0; i < ordered.size(); i++) {
				Row row = lock(ordered.get(i), now);
				left[i] = Math.min(ordered.get(i).capacity(), row.tokens() + ordered.get(i).perSecond() * seconds(row
					.refilledAt(), now));
				wait = max(wait, row.pausedUntil() != null && row.pausedUntil().isAfter(now)
						? Duration.between(now, row.pausedUntil()) : Duration.ZERO);
				wait = max(wait, left[i] >= 1 ? Duration.ZERO
						: Duration.ofMillis((long) Math.ceil((1 - left[i]) / ordered.get(i).perSecond() * 1000)));
			}
			if (!wait.isZero()) {
				return wait;
			}
			for (int i = 0; i < ordered.size(); i++) {
				store(ordered.get(i).key(), left[i] - 1, now);
			}
			return Duration.ZERO;
		});
	}

	/** Pauses the budget until the instant, for every replica; a pause already longer stays. */
	void pause(Budget budget, Instant until) {
		Instant now = clock.instant();
		transaction.executeWithoutResult((status) -> {
			Row row = lock(budget, now);
			if (row.pausedUntil() == null || row.pausedUntil().isBefore(until)) {
				jdbc.sql("update rate_budget set paused_until = :until where budget_key = :key")
					.param("until", ts(until))
					.param("key", budget.key())
					.update();
			}
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
		return jdbc.sql("select tokens, refilled_at, paused_until from rate_budget where budget_key = :key for update")
			.param("key", key)
			.query((rs, number) -> new Row(rs.getDouble("tokens"),
					rs.getObject("refilled_at", OffsetDateTime.class).toInstant(),
					Optional.ofNullable(rs.getObject("paused_until", OffsetDateTime.class))
						.map(OffsetDateTime::toInstant)
						.orElse(null)))
			.optional();
	}

	private void store(String key, double tokens, Instant now) {
		jdbc.sql("update rate_budget set tokens = :tokens, refilled_at = :now where budget_key = :key")
			.param("tokens", tokens)
			.param("now", ts(now))
			.param("key", key)
			.update();
	}

	/** Seconds from one instant to another, never negative (a clock set back refills nothing). */
	private static double seconds(Instant from, Instant to) {
		return Math.max(0, Duration.between(from, to).toMillis() / 1000.0);
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private static OffsetDateTime ts(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A budget's stored state. */
	private record Row(double tokens, Instant refilledAt, Instant pausedUntil) {

	}

}
