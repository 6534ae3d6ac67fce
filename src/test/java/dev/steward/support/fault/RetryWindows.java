package dev.steward.support.fault;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Retry-After windows a stand-in has announced per scope, to tell calls that arrive before one has passed. */
final class RetryWindows {

	private final Map<String, Instant> until = new HashMap<>();

	void open(String scopeKey, Instant end) {
		until.merge(scopeKey, end, (old, now) -> old.isAfter(now) ? old : now);
	}

	boolean covers(List<Scope> scopes, Instant now) {
		for (Scope scope : scopes) {
			Instant end = until.get(scope.key());
			if (end != null && end.isAfter(now)) {
				return true;
			}
		}
		return false;
	}

	void clear() {
		until.clear();
	}

}
