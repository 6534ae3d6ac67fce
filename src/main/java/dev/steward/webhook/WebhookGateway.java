package dev.steward.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatGateway;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.ChatSendException;
import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;
import dev.steward.chat.RetryAfter;
import dev.steward.chat.UserProfile;
import dev.steward.outbound.OutboundUrls;

import org.springframework.stereotype.Component;

/**
 * Sends the delivery queue's webhook callbacks: the event as the body, signed for the subscription, to its URL
 * (checked again, and never following a redirect). A 2xx is delivered; 429 waits for Retry-After; 408, 425 and
 * 5xx are retried with backoff; a time-out is sent again with the same webhook-id, which receivers use to ignore a
 * repeat; 410 removes the subscription; any other 4xx gives the callback up.
 */
@Component
class WebhookGateway implements ChatGateway {

	private static final Logger log = LoggerFactory.getLogger(WebhookGateway.class);

	private static final Set<Integer> RETRIED = Set.of(408, 425, 429);

	private final Subscriptions subscriptions;

	private final OutboundUrls urls;

	private final WebhookProperties properties;

	private final Clock clock;

	private final HttpClient http;

	WebhookGateway(Subscriptions subscriptions, WebhookProperties properties, Clock clock) {
		this.subscriptions = subscriptions;
		this.urls = new OutboundUrls(properties.allowPrivate(), "steward.webhooks.allow-private");
		this.properties = properties;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public Platform platform() {
		return Platform.WEBHOOK;
	}

	/** The message's text is the event's JSON, as {@link WebhookEvents} queued it. */
	@Override
	public String send(Conversation to, ChatMessage message, String deliveryKey) throws ChatSendException {
		Subscription subscription = subscriptions.find(Long.parseLong(to.id()))
			.filter(Subscription::isActive)
			.orElseThrow(() -> new ChatSendException(ChatSendException.Kind.PERMANENT, "subscription removed"));
		URI url;
		try {
			url = urls.check(subscription.url());
		}
		catch (OutboundUrls.Refused ex) {
			throw new ChatSendException(ChatSendException.Kind.PERMANENT, "URL refused: it " + ex.getMessage());
		}
		String body = message.fallback();
		long timestamp = clock.instant().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(properties.timeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "Steward-Webhooks/1")
			.header("webhook-id", deliveryKey)
			.header("webhook-timestamp", Long.toString(timestamp))
			.header("webhook-signature", WebhookSignature.sign(subscription.secret(), deliveryKey, timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<Void> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.discarding());
		}
		catch (HttpTimeoutException ex) {
			throw new ChatSendException(ChatSendException.Kind.UNKNOWN, "no answer from the receiver in time");
		}
		catch (ConnectException ex) {
			throw new ChatSendException(ChatSendException.Kind.TRANSIENT, "receiver unreachable: " + ex.getMessage());
		}
		catch (IOException ex) {
			throw new ChatSendException(ChatSendException.Kind.UNKNOWN, "the receiver's answer was lost: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ChatSendException(ChatSendException.Kind.UNKNOWN, "interrupted while sending");
		}
		return classify(subscription, response);
	}

	private String classify(Subscription subscription, HttpResponse<Void> response) throws ChatSendException {
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			return "HTTP " + status;
		}
		if (status == 429) {
			Duration wait = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null),
					clock.instant());
			throw new ChatSendException(ChatSendException.Kind.RATE_LIMITED, "receiver answered 429",
					(wait != null) ? wait : Duration.ofSeconds(30));
		}
		if (status == 410) {
			if (subscriptions.remove(subscription.id(), "the receiver answered 410 Gone", clock.instant())) {
				log.info("Removed webhook subscription {} of team {}: its receiver answered 410 Gone",
						subscription.id(), subscription.teamId());
			}
			throw new ChatSendException(ChatSendException.Kind.PERMANENT, "receiver answered 410 Gone");
		}
		if (status >= 500 || RETRIED.contains(status)) {
			throw new ChatSendException(ChatSendException.Kind.TRANSIENT, "receiver answered " + status);
		}
		throw new ChatSendException(ChatSendException.Kind.PERMANENT, "receiver answered " + status);
	}

	@Override
	public void update(Conversation in, String messageRef, ChatMessage message) throws ChatSendException {
		throw new ChatSendException(ChatSendException.Kind.PERMANENT, "a webhook callback cannot be changed");
	}

	@Override
	public boolean canPost(Conversation channel) {
		return true;
	}

	@Override
	public Optional<UserProfile> profile(String workspaceId, String userId) {
		return Optional.empty();
	}

}
