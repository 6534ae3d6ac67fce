package dev.steward.chat.slack;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ServerHandshake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Keeps one Socket Mode connection to Slack open while the application runs: opens it at the URL
 * {@code apps.connections.open} gives, has {@link SocketModeEnvelopes} answer each envelope and sends back its
 * acknowledgement, and opens a new connection when Slack asks for one or the old one drops, after a capped exponential
 * wait with jitter, closing the old one once the new one is greeted.
 */
final class SocketModeConnection implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SocketModeConnection.class);

	private static final String APP_LEVEL = "app-level";

	private final Slack slack;

	private final String appToken;

	private final SocketModeEnvelopes envelopes;

	private final SocketModeProperties properties;

	private final Clock clock;

	private final JsonMapper json;

	private final Backoff backoff;

	private ScheduledExecutorService scheduler;

	private ExecutorService workers;

	private boolean running;

	private Socket current;

	private final Set<Socket> retiring = new HashSet<>();

	private ScheduledFuture<?> pending;

	private int attempts;

	private Instant greetedAt;

	SocketModeConnection(Slack slack, String appToken, SocketModeEnvelopes envelopes, SocketModeProperties properties,
			Clock clock, JsonMapper json) {
		this.slack = slack;
		this.appToken = appToken;
		this.envelopes = envelopes;
		this.properties = properties;
		this.clock = clock;
		this.json = json;
		this.backoff = new Backoff(properties.initialBackoff(), properties.maxBackoff(), new Random());
	}

	@Override
	public synchronized void start() {
		scheduler = Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("slack-socket-mode-"));
		workers = Executors.newFixedThreadPool(properties.concurrency(),
				new CustomizableThreadFactory("slack-envelope-"));
		running = true;
		attempts = 0;
		greetedAt = null;
		pending = scheduler.schedule(this::connect, 0, TimeUnit.MILLISECONDS);
	}

	/**
	 * Lets envelopes already being handled finish and send their acknowledgements, then closes the connection and
	 * drops the threads; an envelope that arrives meanwhile is left to Slack to send again.
	 */
	@Override
	public void stop() {
		List<Socket> open;
		synchronized (this) {
			running = false;
			if (pending != null) {
				pending.cancel(false);
			}
		}
		scheduler.shutdownNow();
		workers.shutdown();
		try {
			if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
				workers.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			workers.shutdownNow();
			Thread.currentThread().interrupt();
		}
		synchronized (this) {
			open = new ArrayList<>(retiring);
			if (current != null) {
				open.add(current);
			}
			current = null;
			retiring.clear();
		}
		open.forEach(Socket::close);
	}

	@Override
	public synchronized boolean isRunning() {
		return running;
	}

	private void connect() {
		URI uri;
		try {
			uri = openUrl();
		}
		catch (IOException | SlackApiException | RuntimeException ex) {
			synchronized (this) {
				pending = null;
			}
			log.warn("Could not open a Socket Mode connection to Slack: {}", ex.getMessage());
			reconnect();
			return;
		}
		Socket socket = new Socket(uri);
		synchronized (this) {
			pending = null;
			if (!running) {
				return;
			}
			if (current != null) {
				retiring.add(current);
			}
			current = socket;
		}
		socket.connect();
	}

	/**
	 * Asks Slack for a connection URL. The methods client is given a team id because, without one, the SDK asks
	 * {@code auth.test} for it (only to key its own metrics), which an app-level token is not for.
	 */
	private URI openUrl() throws IOException, SlackApiException {
		AppsConnectionsOpenResponse response = slack.methods(appToken, APP_LEVEL)
			.appsConnectionsOpen((request) -> request.token(appToken));
		if (!response.isOk() || response.getUrl() == null) {
			throw new IOException("apps.connections.open answered " + response.getError());
		}
		return URI.create(response.getUrl());
	}

	/** Opens a new connection after the backoff's wait, unless one is already on its way. */
	private synchronized void reconnect() {
		if (!running || pending != null) {
			return;
		}
		if (greetedAt != null && !Duration.between(greetedAt, clock.instant()).minus(properties.maxBackoff())
			.isNegative()) {
			attempts = 0;
		}
		greetedAt = null;
		Duration wait = backoff.delay(attempts++);
		log.debug("Opening a new Socket Mode connection in {} ms (attempt {})", wait.toMillis(), attempts);
		pending = scheduler.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void received(Socket socket, String text) {
		JsonNode message = read(text);
		String type = message == null ? "" : message.path("type").asString("");
		switch (type) {
			case "hello" -> greeted(socket);
			case "disconnect" -> {
				log.info("Slack asked for a new Socket Mode connection ({})",
						SlackRequestValidator.printable(message.path("reason").asString("")));
				if (isCurrent(socket)) {
					reconnect();
				}
			}
			case "" -> log.debug("Ignored a Socket Mode message that is not a JSON object with a type");
			default -> answer(socket, message);
		}
	}

	private JsonNode read(String text) {
		try {
			JsonNode message = json.readTree(text);
			return message.isObject() ? message : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private void greeted(Socket socket) {
		List<Socket> old;
		synchronized (this) {
			if (socket != current) {
				return;
			}
			greetedAt = clock.instant();
			old = List.copyOf(retiring);
			retiring.clear();
		}
		old.forEach(Socket::close);
		log.info("Connected to Slack over Socket Mode");
	}

	private void answer(Socket socket, JsonNode envelope) {
		try {
			workers.execute(() -> envelopes.answer(envelope).ifPresent((ack) -> send(socket, ack)));
		}
		catch (RejectedExecutionException ex) {
			log.debug("Left a Socket Mode envelope unanswered while stopping; Slack sends it again");
		}
	}

	private static void send(Socket socket, String ack) {
		try {
			socket.send(ack);
		}
		catch (WebsocketNotConnectedException ex) {
			log.debug("Could not acknowledge a Socket Mode envelope: its connection has closed");
		}
	}

	private synchronized boolean isCurrent(Socket socket) {
		return socket == current;
	}

	private void closed(Socket socket, int code, String reason) {
		synchronized (this) {
			retiring.remove(socket);
			if (socket != current || !running) {
				return;
			}
			current = null;
		}
		log.info("Socket Mode connection to Slack closed (code {}{}); connecting again", code,
				(reason == null || reason.isBlank()) ? "" : ": " + SlackRequestValidator.printable(reason));
		reconnect();
	}

	/** One WebSocket connection, passing what happens on it back to the connection keeper. */
	private final class Socket extends WebSocketClient {

		Socket(URI uri) {
			super(uri);
			setDaemon(true);
		}

		@Override
		public void onOpen(ServerHandshake handshake) {
			log.debug("Socket Mode WebSocket open; waiting for Slack's hello");
		}

		@Override
		public void onMessage(String message) {
			received(this, message);
		}

		@Override
		public void onClose(int code, String reason, boolean remote) {
			closed(this, code, reason);
		}

		@Override
		public void onError(Exception ex) {
			log.debug("Socket Mode WebSocket error: {}", ex.toString());
		}

	}

}
