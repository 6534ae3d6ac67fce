package dev.steward.team;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import dev.steward.i18n.Words;
import dev.steward.outbound.OutboundUrls;

import org.springframework.stereotype.Component;

/**
 * Reads a calendar feed over HTTP(S) under the rules against server-side request forgery, checked again before every
 * reading (DNS can change) and at every redirect (at most three): within the time limit, up to the size cap, and only
 * a 2xx answer. A failure says what went wrong without the address, which is a secret.
 */
@Component
class CalendarReader {

	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	private static final int MAX_REDIRECTS = 3;

	private final OutboundUrls urls;

	private final CalendarFeedProperties properties;

	private final HttpClient http;

	CalendarReader(CalendarFeedProperties properties) {
		this.urls = new OutboundUrls(properties.allowPrivate(), "steward.calendar-feeds.allow-private").httpsOnly();
		this.properties = properties;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** The address, checked as when someone gives it; a refusal says why in a sentence that follows "The URL". */
	URI check(String url) throws OutboundUrls.Refused {
		return urls.check(url);
	}

	/** The calendar at the address. */
	byte[] read(String url) throws Failed {
		URI at = checked(url);
		for (int hop = 0;; hop++) {
			HttpResponse<byte[]> response = get(at);
			int status = response.statusCode();
			if (status / 100 == 2) {
				return response.body();
			}
			String location = response.headers().firstValue("Location").orElse(null);
			if (!REDIRECTS.contains(status) || location == null) {
				throw new Failed("team.feed.reason.status", String.valueOf(status));
			}
			if (hop == MAX_REDIRECTS) {
				throw new Failed("team.feed.reason.redirects", String.valueOf(MAX_REDIRECTS));
			}
			at = checked(at.resolve(location).toString());
		}
	}

	private URI checked(String url) throws Failed {
		try {
			return urls.check(url);
		}
		catch (OutboundUrls.Refused ex) {
			throw new Failed("team.feed.reason.refused", (Function<Words, String>) ex::reason);
		}
	}

	private HttpResponse<byte[]> get(URI at) throws Failed {
		HttpRequest request = HttpRequest.newBuilder(at)
			.timeout(properties.timeout())
			.header("Accept", "text/calendar")
			.header("User-Agent", "Steward-Calendar/1")
			.GET()
			.build();
		long max = properties.maxSize().toBytes();
		AtomicBoolean overCap = new AtomicBoolean();
		CompletableFuture<HttpResponse<byte[]>> sent = http.sendAsync(request, (info) -> (info.statusCode() / 100 == 2)
				? new Capped(max, overCap) : HttpResponse.BodySubscribers.replacing(null));
		try {
			return sent.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			sent.cancel(true);
			throw new Failed("team.feed.reason.timeout", seconds(properties.timeout()));
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof HttpTimeoutException) {
				throw new Failed("team.feed.reason.timeout", seconds(properties.timeout()));
			}
			throw (overCap.get() ? new Failed("team.feed.reason.too-large", properties.maxSize().toString())
					: new Failed("team.feed.reason.unreachable", ex.getCause().getClass().getSimpleName()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Failed("team.feed.reason.interrupted");
		}
	}

	private static String seconds(Duration timeout) {
		return (timeout.toMillis() % 1000 == 0) ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
	}

	/**
	 * A reading that failed, with the reason in a sentence that follows "I couldn't read the calendar:"; its message is
	 * the reason in English, as stored and logged.
	 */
	static final class Failed extends WordedFailure {

		private static final long serialVersionUID = 1L;

		Failed(String key, Object... args) {
			super(key, args);
		}

	}

	/** A body past the size cap. */
	private static final class TooLarge extends IOException {

		private static final long serialVersionUID = 1L;

	}

	/**
	 * Collects a body up to the cap and gives up, cancelling the rest, past it; the flag says so, since the client
	 * may report the cancelled exchange before the body's own failure.
	 */
	private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {

		private final long max;

		private final AtomicBoolean overCap;

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		private final CompletableFuture<byte[]> body = new CompletableFuture<>();

		private Flow.Subscription subscription;

		Capped(long max, AtomicBoolean overCap) {
			this.max = max;
			this.overCap = overCap;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(List<ByteBuffer> items) {
			for (ByteBuffer item : items) {
				if (body.isDone()) {
					return;
				}
				if (bytes.size() + (long) item.remaining() > max) {
					overCap.set(true);
					subscription.cancel();
					body.completeExceptionally(new TooLarge());
					return;
				}
				byte[] chunk = new byte[item.remaining()];
				item.get(chunk);
				bytes.write(chunk, 0, chunk.length);
			}
		}

		@Override
		public void onError(Throwable error) {
			body.completeExceptionally(error);
		}

		@Override
		public void onComplete() {
			body.complete(bytes.toByteArray());
		}

		@Override
		public CompletionStage<byte[]> getBody() {
			return body;
		}

	}

}
