package dev.steward.support;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A local stand-in for Slack's Socket Mode server: greets each connection with {@code hello}, sends envelopes and
 * {@code disconnect} down the newest open connection, drops it on request, and keeps every message that comes back.
 */
public final class SocketModeServer {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<WebSocket> connections = new CopyOnWriteArrayList<>();

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile boolean greeting = true;

	private final CompletableFuture<Integer> started = new CompletableFuture<>();

	private final WebSocketServer server = new WebSocketServer(new InetSocketAddress("127.0.0.1", 0)) {

		@Override
		public void onOpen(WebSocket connection, ClientHandshake handshake) {
			connections.add(connection);
			if (greeting) {
				connection.send(hello());
			}
		}

		@Override
		public void onClose(WebSocket connection, int code, String reason, boolean remote) {
		}

		@Override
		public void onMessage(WebSocket connection, String message) {
			received.add(new Received(connection, JSON.readTree(message)));
		}

		@Override
		public void onError(WebSocket connection, Exception ex) {
			if (connection == null) {
				started.completeExceptionally(ex);
			}
		}

		@Override
		public void onStart() {
			started.complete(getPort());
		}

	};

	public SocketModeServer start() {
		server.setReuseAddr(true);
		server.start();
		try {
			started.get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Socket Mode stand-in did not start", ex);
		}
		return this;
	}

	/** The URL apps.connections.open gives out; a ticket tells connections apart, as Slack's do. */
	public String url() {
		return "ws://127.0.0.1:" + server.getPort() + "/link/?ticket=test";
	}

	/** How many connections were ever opened. */
	public int opened() {
		return connections.size();
	}

	/** How many connections are open now. */
	public long open() {
		return connections.stream().filter(WebSocket::isOpen).count();
	}

	/** Waits until a connection is open and returns the newest one. */
	public WebSocket awaitOpen() {
		await().untilAsserted(() -> assertThat(open()).isPositive());
		List<WebSocket> open = connections.stream().filter(WebSocket::isOpen).toList();
		return open.get(open.size() - 1);
	}

	/** Whether new connections are greeted with {@code hello} at once; when not, {@link #greet} does it. */
	public void greetOnOpen(boolean greeting) {
		this.greeting = greeting;
	}

	/** Greets the newest open connection with {@code hello}. */
	public void greet() {
		send(hello());
	}

	/** Sends the message, as it is, down the newest open connection. */
	public void send(String message) {
		awaitOpen().send(message);
	}

	/** An envelope of the type carrying the payload, under the id, down the newest open connection. */
	public void envelope(String type, String envelopeId, JsonNode payload) {
		envelope(awaitOpen(), type, envelopeId, payload);
	}

	/** An envelope of the type carrying the payload, under the id, down the connection. */
	public void envelope(WebSocket connection, String type, String envelopeId, JsonNode payload) {
		ObjectNode envelope = JSON.createObjectNode().put("envelope_id", envelopeId).put("type", type);
		envelope.set("payload", payload);
		envelope.put("accepts_response_payload", !"events_api".equals(type));
		connection.send(envelope.toString());
	}

	/** Asks the client to reconnect, as Slack does before it refreshes a connection. */
	public void disconnect(String reason) {
		ObjectNode message = JSON.createObjectNode().put("type", "disconnect").put("reason", reason);
		message.putObject("debug_info").put("host", "applink-test");
		send(message.toString());
	}

	/** Drops the newest open connection without a closing handshake, as a lost network does. */
	public void drop() {
		awaitOpen().closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped");
	}

	/** Waits for the acknowledgements of the envelope, at least as many as given, and returns them. */
	public List<JsonNode> awaitAcks(String envelopeId, int count) {
		await().untilAsserted(() -> assertThat(acks(envelopeId)).hasSizeGreaterThanOrEqualTo(count));
		return acks(envelopeId);
	}

	public List<JsonNode> acks(String envelopeId) {
		return acksOn(null, envelopeId);
	}

	/** The acknowledgements of the envelope that came back on the connection (on any, when null). */
	public List<JsonNode> acksOn(WebSocket connection, String envelopeId) {
		return received.stream()
			.filter((message) -> connection == null || message.connection() == connection)
			.map(Received::message)
			.filter((ack) -> envelopeId.equals(ack.path("envelope_id").asString("")))
			.toList();
	}

	public void stop() throws InterruptedException {
		server.stop(1000);
	}

	private record Received(WebSocket connection, JsonNode message) {
	}

	private static String hello() {
		ObjectNode hello = JSON.createObjectNode().put("type", "hello").put("num_connections", 1);
		hello.putObject("debug_info").put("host", "applink-test").put("approximate_connection_time", 18060);
		hello.putObject("connection_info").put("app_id", "A0STEWARD");
		return hello.toString();
	}

}
