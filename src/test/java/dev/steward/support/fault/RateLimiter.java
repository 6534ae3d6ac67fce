package dev.steward.support.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sliding windows of the calls accepted in each scope: how long until a call fits, and a record of those that did. */
final class RateLimiter {

	/** A scope the call does not fit in, and how long until its oldest blocking call leaves the window. */
	record Exceeded(String scopeKey, Duration retryIn) {

	}

	private final Map<String, Deque<Instant>> accepted = new HashMap<>();

	/** The scope with the longest wait the call exceeds, or null when it fits every limit. */
	Exceeded check(List<Scope> scopes, Instant now) {
		Exceeded longest = null;
		for (Scope scope : scopes) {
			for (Limit limit : scope.limits()) {
				Duration wait = waitFor(accepted.get(scope.key()), limit, now);
				if (wait.compareTo(Duration.ZERO) > 0 && (longest == null || wait.compareTo(longest.retryIn()) > 0)) {
					longest = new Exceeded(scope.key(), wait);
				}
			}
		}
		return longest;
	}

	void record(List<Scope> scopes, Instant now) {
		for (Scope scope : scopes) {
			if (scope.limits().isEmpty()) {
				continue;
			}
			Deque<Instant> times = accepted.computeIfAbsent(scope.key(), (key) -> new ArrayDeque<>());
			times.addLast(now);
			Duration longest = scope.limits().stream().map(Limit::per).max(Duration::compareTo).orElseThrow();
			times.removeIf((time) -> !time.isAfter(now.minus(longest)));
		}
	}

	void clear() {
		accepted.clear();
	}

	private static Duration waitFor(Deque<Instant> times, Limit limit, Instant now) {
		if (times == null) {
			return Duration.ZERO;
		}
		Instant windowStart = now.minus(limit.per());
		List<Instant> inWindow = new ArrayList<>();
		for (Instant time : times) {
			if (time.isAfter(windowStart)) {
				inWindow.add(time);
			}
		}
		if (inWindow.size() < limit.count()) {
			return Duration.ZERO;
		}
		inWindow.sort(null);
		Instant leaves = inWindow.get(inWindow.size() - limit.count()).plus(limit.per());
		return Duration.between(now, leaves);
	}

}
