package dev.steward.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Conversation;
import dev.steward.delivery.DeliveryKind;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.delivery.Lifetime;
import dev.steward.i18n.Words;
import dev.steward.impediment.WorkingAge;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Composes a subscription's digest once per period and queues it with the key {@code digest:<subscription>:<period>},
 * recording the period as sent in the same transaction; a period missed while Steward was down goes out once, late.
 */
@Component
class DigestSender {

	private static final Logger log = LoggerFactory.getLogger(DigestSender.class);

	/** How long after its time a digest still counts as on time. */
	static final Duration GRACE = Duration.ofHours(1);

	private final SubscriptionRepository subscriptions;

	private final TeamRepository teams;

	private final DigestComposer composer;

	private final WorkingAge ages;

	private final DeliveryQueue deliveries;

	private final TransactionTemplate transaction;

	private final Executor worker;

	private final Clock clock;

	private final MeterRegistry meters;

	DigestSender(SubscriptionRepository subscriptions, TeamRepository teams, DigestComposer composer, WorkingAge ages,
			DeliveryQueue deliveries, TransactionTemplate transaction,
			@Qualifier("applicationTaskExecutor") Executor worker, Clock clock, MeterRegistry meters) {
		this.subscriptions = subscriptions;
		this.teams = teams;
		this.composer = composer;
		this.ages = ages;
		this.deliveries = deliveries;
		this.transaction = transaction;
		this.worker = worker;
		this.clock = clock;
		this.meters = meters;
	}

	/** Sends the subscription's latest ended period unless it went out already. */
	void sendDue(Subscription subscription, Instant now) {
		Optional<SubscriptionRepository.Sent> previous = subscriptions.lastSent(subscription.id());
		Period period = Period.latest(subscription, now, previous.map(SubscriptionRepository.Sent::end).orElse(null));
		boolean covered = previous.map((sent) -> !sent.end().isBefore(period.end())).orElse(false);
		if (covered || !period.end().isAfter(subscription.createdAt())
				|| subscriptions.wasSent(subscription.id(), period.key())) {
			return;
		}
		List<Team> followed = followed(subscription);
		if (followed.isEmpty()) {
			return;
		}
		boolean late = period.isLate(now, GRACE);
		Words words = readerOf(subscription, followed);
		Digest digest = composer.compose(followed, period, late, previous, subscription.zone(), words);
		ChatMessage message = DigestMessages.render(digest, ages.calendar(followed.get(0)), subscription.zone(),
				words);
		Boolean queued = transaction.execute((status) -> {
			if (subscriptions.markSent(subscription.id(), period, digest.openCount(),
					digest.medianResolve().map(Duration::toMinutes).orElse(null), late, now)) {
				deliveries.post("digest:" + subscription.id() + ":" + period.key(), subscription.conversation(), message,
						new Lifetime(DeliveryKind.DIGEST, null, Period.nextSend(subscription, period.end())));
				log.info("Queued the {} digest {} for period {}{}", subscription.cadence(), subscription.id(),
						period.key(), late ? " (late)" : "");
				return true;
			}
			return false;
		});
		if (Boolean.TRUE.equals(queued)) {
			meters.counter("steward.digests", "cadence", subscription.cadence().toString().toLowerCase(Locale.ROOT))
				.increment();
		}
	}

	/**
	 * A digest of the last day for the teams, to one person: composed and queued on a worker thread, so the
	 * command that asked for it is acknowledged at once.
	 */
	void preview(List<Team> followed, Conversation to, ZoneId zone, Words words) {
		Instant now = clock.instant();
		worker.execute(() -> {
			try {
				Period period = new Period("preview", now.minus(Duration.ofDays(1)), now);
				Digest digest = composer.compose(followed, period, false, Optional.empty(), zone, words);
				deliveries.post("digest-preview:" + to.key() + ":" + now.toEpochMilli(), to,
						DigestMessages.render(digest, ages.calendar(followed.get(0)), zone, words));
			}
			catch (RuntimeException ex) {
				log.error("Could not compose the digest preview for {}", to.key(), ex);
			}
		});
	}

	/**
	 * The words the subscriber reads: in a DM their own language, else that of the first followed team they are in,
	 * else the first team's; in a channel the words of the channel's team, else the first team's.
	 */
	private Words readerOf(Subscription subscription, List<Team> followed) {
		Team first = followed.get(0);
		if (subscription.kind() == Conversation.Kind.CHANNEL) {
			return teams.findByChannel(subscription.platform(), subscription.workspaceId(), subscription.targetId())
				.orElse(first)
				.words();
		}
		for (Team team : followed) {
			Optional<Member> member = teams.member(team.id(), subscription.targetId());
			if (member.isPresent()) {
				return member.get().words(team);
			}
		}
		return first.words();
	}

	private List<Team> followed(Subscription subscription) {
		return subscriptions.teams(subscription.id()).stream().map(teams::find).flatMap(Optional::stream).toList();
	}

}
