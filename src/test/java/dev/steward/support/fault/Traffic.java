package dev.steward.support.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per operation, the calls that arrived, were answered 429, came inside a Retry-After window or were accepted. */
final class Traffic {

	private final Map<String, Integer> calls = new HashMap<>();

	private final Map<String, Integer> tooManyRequests = new HashMap<>();

	private final Map<String, List<Instant>> accepted = new HashMap<>();

	private int insideWindow;

	void arrived(String op, boolean insideRetryWindow) {
		calls.merge(op, 1, Integer::sum);
		if (insideRetryWindow) {
			insideWindow++;
		}
	}

	void refused(String op) {
		tooManyRequests.merge(op, 1, Integer::sum);
	}

	void accepted(String op, Instant at) {
		accepted.computeIfAbsent(op, (key) -> new ArrayList<>()).add(at);
	}

	int calls(String op) {
		return count(calls, op);
	}

	int tooManyRequests(String op) {
		return count(tooManyRequests, op);
	}

	int insideWindow() {
		return insideWindow;
	}

	List<Instant> accepted(String op) {
		return List.copyOf(accepted.getOrDefault(op, List.of()));
	}

	/** The most calls accepted in any one-minute window. */
	int maxPerMinute(String op) {
		List<Instant> times = new ArrayList<>(accepted.getOrDefault(op, List.of()));
		times.sort(null);
		int most = 0;
		int first = 0;
		for (int last = 0; last < times.size(); last++) {
			Instant windowStart = times.get(last).minus(Duration.ofMinutes(1));
			while (!times.get(first).isAfter(windowStart)) {
				first++;
			}
			most = Math.max(most, last - first + 1);
		}
		return most;
	}

	void clear() {
		calls.clear();
		tooManyRequests.clear();
		accepted.clear();
		insideWindow = 0;
	}

	private static int count(Map<String, Integer> counts, String op) {
		if (HttpStandIn.ALL.equals(op)) {
			return counts.values().stream().mapToInt(Integer::intValue).sum();
		}
		return counts.getOrDefault(op, 0);
	}

}
