package dev.steward.digest;

import java.time.Instant;
import java.util.List;

import dev.steward.scheduling.DueWork;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The digests' part of the tick: each subscription whose period has ended gets its digest, once. */
@Component
@Order(40)
class DigestTick implements DueWork {

	private final SubscriptionRepository subscriptions;

	private final DigestSender sender;

	DigestTick(SubscriptionRepository subscriptions, DigestSender sender) {
		this.subscriptions = subscriptions;
		this.sender = sender;
	}

	@Override
	public String name() {
		return "digest";
	}

	@Override
	public List<Long> units(Instant now) {
		return subscriptions.allIds();
	}

	@Override
	public void runDue(long subscriptionId, Instant now) {
		subscriptions.find(subscriptionId).ifPresent((subscription) -> sender.sendDue(subscription, now));
	}

}
