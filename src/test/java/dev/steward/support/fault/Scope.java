package dev.steward.support.fault;

import java.util.List;

/**
 * A group of calls that share limits and Retry-After windows: a method in a workspace, a channel, a conversation.
 *
 * @param key names the group, for example {@code "T1 chat.postMessage C1"}
 * @param limits the sliding windows the group's accepted calls must fit, none for an unlimited group
 */
record Scope(String key, List<Limit> limits) {

	static Scope unlimited(String key) {
		return new Scope(key, List.of());
	}

}
