package dev.steward.support.fault;

import java.util.HashMap;
import java.util.Map;

/**
 * Slack's published per-minute limits per method per workspace: tier 1 is 1, tier 2 is 20, tier 3 is 50, tier 4
 * is 100. {@code auth.test} is "special" and not limited here; {@code chat.postMessage} has its own per-channel and
 * workspace limits.
 */
final class SlackTiers {

	static final int TIER_2 = 20;

	static final int TIER_3 = 50;

	static final int TIER_4 = 100;

	private SlackTiers() {
	}

	/** The per-minute limit of each method Steward calls, as a map the stand-in may change. */
	static Map<String, Integer> defaults() {
		Map<String, Integer> perMinute = new HashMap<>();
		perMinute.put(SlackStandIn.UPDATE, TIER_3);
		perMinute.put(SlackStandIn.OPEN, TIER_3);
		perMinute.put(SlackStandIn.HISTORY, TIER_3);
		perMinute.put(SlackStandIn.INFO, TIER_3);
		perMinute.put(SlackStandIn.USERS_LIST, TIER_2);
		perMinute.put(SlackStandIn.USERS_INFO, TIER_4);
		perMinute.put(SlackStandIn.VIEWS_OPEN, TIER_4);
		perMinute.put(SlackStandIn.VIEWS_PUBLISH, TIER_4);
		perMinute.put(SlackStandIn.UPLOAD_URL, TIER_4);
		perMinute.put(SlackStandIn.COMPLETE_UPLOAD, TIER_4);
		return perMinute;
	}

}
