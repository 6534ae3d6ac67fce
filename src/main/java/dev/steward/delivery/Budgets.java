package dev.steward.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;

import org.springframework.stereotype.Component;

/**
 * Which budgets a call to a platform draws on, from the limits the platforms publish: Slack's per-method limits per
 * workspace and about one post per second per conversation; Teams' windows per conversation (7 a second, 8 in two,
 * 60 in thirty, 1,800 an hour) and per tenant.
 */
@Component
class Budgets {

	/** What the dispatcher asks a platform to do. */
	enum Call {

		POST("chat.postMessage"), UPDATE("chat.update"), FIND("conversations.history"), ATTACH("files.upload");

		private final String slackMethod;

		Call(String slackMethod) {
			this.slackMethod = slackMethod;
		}

	}

	/** A workspace or tenant budget, busy in a fan-out: a 5 % burst keeps it at 95 % of its rate. */
	private static final double BUSY = 0.05;

	/**
	 * How much of a workspace's or tenant's published limit Steward uses: a little under it, since calls reach the
	 * platform some milliseconds after they take their token (more with several replicas on a busy machine), which
	 * would otherwise push a full minute's calls over the limit at the window's edge.
	 */
	private static final double HEADROOM = 0.97;

	/** A conversation's budget, usually quiet: half its window may go at once. */
	private static final double QUIET = 0.5;

	/**
	 * How many callbacks one webhook receiver gets a minute: enough for any team's events, and a cap on what a burst
	 * (a fan-out's worth of stand-ups reported at once) sends one server.
	 */
	static final int WEBHOOKS_PER_MINUTE = 600;

	private final DeliveryProperties properties;

	Budgets(DeliveryProperties properties) {
		this.properties = properties;
	}

	/** Every budget the call draws on. */
	List<RateGate.Budget> of(Call call, Conversation to) {
		List<RateGate.Budget> budgets = new ArrayList<>();
		switch (to.platform()) {
			case SLACK -> {
				budgets.add(method(call, to));
				if (call == Call.POST || call == Call.UPDATE) {
					budgets.addAll(conversation(to));
				}
			}
			case TEAMS -> {
				budgets.add(method(call, to));
				budgets.addAll(conversation(to));
			}
			case WEBHOOK -> budgets.add(method(call, to));
			case SANDBOX -> {
			}
		}
		return budgets;
	}

	/** The budget a 429 on the call pauses: the method for the whole workspace (or the tenant, on Teams). */
	RateGate.Budget method(Call call, Conversation to) {
		String workspace = to.platform().key() + ":" + to.workspaceId();
		if (to.platform() == Platform.WEBHOOK) {
			// One receiver's budget, which its 429 and Retry-After pause without holding up the others.
			return RateGate.Budget.window(workspace + ":" + to.id(), WEBHOOKS_PER_MINUTE,
					Duration.ofMinutes(1), BUSY);
		}
		if (to.platform() == Platform.TEAMS) {
			int perSecond = properties.teams().perTenantPerSecond();
			return RateGate.Budget.window(workspace, underLimit(perSecond), Duration.ofSeconds(1), BUSY);
		}
		DeliveryProperties.Slack slack = properties.slack();
		int perMinute = switch (call) {
			case POST -> slack.postsPerMinute();
			case UPDATE -> slack.updatesPerMinute();
			case FIND -> slack.historyPerMinute();
			case ATTACH -> slack.uploadsPerMinute();
		};
		return RateGate.Budget.window(workspace + ":" + call.slackMethod, underLimit(perMinute), Duration.ofMinutes(1),
				BUSY);
	}

	private static int underLimit(int limit) {
		return Math.max(1, (int) Math.floor(limit * HEADROOM));
	}

	/** The budgets of the one conversation, which a 429 from Teams pauses. */
	List<RateGate.Budget> conversation(Conversation to) {
		String key = to.key();
		if (to.platform() == Platform.TEAMS) {
			DeliveryProperties.Teams teams = properties.teams();
			return List.of(RateGate.Budget.window(key + ":1s", teams.perConversationPerSecond(), Duration.ofSeconds(1),
					QUIET),
					RateGate.Budget.window(key + ":2s", teams.perConversationPerTwoSeconds(), Duration.ofSeconds(2),
							QUIET),
					RateGate.Budget.window(key + ":30s", teams.perConversationPerThirtySeconds(), Duration.ofSeconds(30),
							QUIET),
					RateGate.Budget.window(key + ":1h", teams.perConversationPerHour(), Duration.ofHours(1), QUIET));
		}
		Duration spacing = properties.slack().channelSpacing();
		if (spacing.isZero()) {
			return List.of();
		}
		return List.of(new RateGate.Budget(key, 1, 1000.0 / spacing.toMillis()));
	}

}
