package dev.steward.support.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The faults switched on per operation, or for all of them ({@link HttpStandIn#ALL}); the operation's own wins. */
final class Faults {

	/** Answer every call with the status until the instant. */
	record Outage(int status, Instant until) {

	}

	/** Answer every call with 429 until the instant; Retry-After says the rest of the storm unless fixed. */
	record Storm(Instant until, Duration retryAfter) {

		Duration retryAfter(Instant now) {
			return (retryAfter != null) ? retryAfter : Duration.between(now, until);
		}

	}

	private final Map<String, Outage> outages = new HashMap<>();

	private final Map<String, Storm> storms = new HashMap<>();

	private final Map<String, Duration> slow = new HashMap<>();

	private final Map<String, Duration> lateAnswers = new HashMap<>();

	private final Map<String, Malformed> malformed = new HashMap<>();

	private final Set<String> hangUps = new HashSet<>();

	void outage(String op, Outage outage) {
		outages.put(op, outage);
	}

	void storm(String op, Storm storm) {
		storms.put(op, storm);
	}

	void slow(String op, Duration delay) {
		slow.put(op, delay);
	}

	void answerLate(String op, Duration delay) {
		lateAnswers.put(op, delay);
	}

	void malformed(String op, Malformed kind) {
		malformed.put(op, kind);
	}

	void hangUp(String op) {
		hangUps.add(op);
	}

	Outage outage(String op, Instant now) {
		Outage outage = find(outages, op);
		return (outage != null && outage.until().isAfter(now)) ? outage : null;
	}

	Storm storm(String op, Instant now) {
		Storm storm = find(storms, op);
		return (storm != null && storm.until().isAfter(now)) ? storm : null;
	}

	Duration slow(String op) {
		return find(slow, op);
	}

	Duration lateAnswer(String op) {
		return find(lateAnswers, op);
	}

	Malformed malformed(String op) {
		return find(malformed, op);
	}

	boolean hangsUp(String op) {
		return hangUps.contains(op) || hangUps.contains(HttpStandIn.ALL);
	}

	void heal(String op) {
		for (Map<String, ?> faults : List.of(outages, storms, slow, lateAnswers, malformed)) {
			faults.remove(op);
		}
		hangUps.remove(op);
	}

	void clear() {
		for (Map<String, ?> faults : List.of(outages, storms, slow, lateAnswers, malformed)) {
			faults.clear();
		}
		hangUps.clear();
	}

	private static <T> T find(Map<String, T> faults, String op) {
		T fault = faults.get(op);
		return (fault != null) ? fault : faults.get(HttpStandIn.ALL);
	}

}
