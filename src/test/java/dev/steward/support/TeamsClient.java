package dev.steward.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Posts activities to {@code /api/messages} over real HTTP, with a Bot Connector token or whatever a test gives; and,
 * over a bare socket, requests whose body is never finished, to show what Steward answers before reading it.
 */
public final class TeamsClient {

	/** How long a bare-socket request waits for Steward's answer before the test fails. */
	private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(20);

	private final HttpClient http = HttpClient.newHttpClient();

	private final URI endpoint;

	private final String serviceUrl;

	private final Duration timeout;

	public TeamsClient(int port, String serviceUrl) {
		this(port, serviceUrl, null);
	}

	/** A client whose requests fail unless answered within the time-out, as the Bot Connector's do. */
	public TeamsClient(int port, String serviceUrl, Duration timeout) {
		this.endpoint = URI.create("http://localhost:" + port + "/api/messages");
		this.serviceUrl = serviceUrl;
		this.timeout = timeout;
	}

	/** A valid Bot Connector Authorization header for the app and the stub's service URL. */
	public String authorization() {
		return "Bearer " + TeamsTokens.connector(TeamsActivities.APP_ID, serviceUrl);
	}

	/** Sends the activity as the Bot Connector would, with a valid token. */
	public HttpResponse<String> send(String activity) {
		return send(activity, authorization());
	}

	/** Sends the activity with this Authorization header, or none when null. */
	public HttpResponse<String> send(String activity, String authorization) {
		return send(HttpRequest.BodyPublishers.ofString(activity), authorization);
	}

	/** Sends the body as a stream of unknown length, which goes out chunked. */
	public HttpResponse<String> sendChunked(byte[] body, String authorization) {
		return send(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)),
				authorization);
	}

	private HttpResponse<String> send(HttpRequest.BodyPublisher body, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json")
			.POST(body);
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (timeout != null) {
			request.timeout(timeout);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Declares a body of {@code declaredLength} bytes but sends only the first {@code sentBytes}, then reads the
	 * answer: it only comes if Steward answers without waiting for the rest.
	 */
	public Answer postUnfinished(String authorization, long declaredLength, int sentBytes) {
		return raw(authorization, "Content-Length: " + declaredLength, filler(sentBytes));
	}

	/** Sends a chunked body of {@code sentBytes} bytes that never ends, then reads the answer. */
	public Answer postUnfinishedChunked(String authorization, int sentBytes) {
		byte[] chunk = filler(sentBytes);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
		body.writeBytes(chunk);
		body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
		return raw(authorization, "Transfer-Encoding: chunked", body.toByteArray());
	}

	private Answer raw(String authorization, String framing, byte[] sent) {
		try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
			socket.setSoTimeout((int) ANSWER_TIMEOUT.toMillis());
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + endpoint.getPath() + " HTTP/1.1\r\nHost: " + endpoint.getHost() + ":"
					+ endpoint.getPort() + "\r\nContent-Type: application/json\r\n" + framing + "\r\n"
					+ ((authorization != null) ? "Authorization: " + authorization + "\r\n" : "") + "\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(sent);
			out.flush();
			return Answer.read(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new IllegalStateException("No answer to an unfinished request", ex);
		}
	}

	/** A JSON activity-like body of exactly the length: an object with one long string. */
	private static byte[] filler(int length) {
		byte[] body = new byte[length];
		Arrays.fill(body, (byte) 'x');
		byte[] start = "{\"type\":\"message\",\"text\":\"".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(start, 0, body, 0, Math.min(start.length, length));
		return body;
	}

	/**
	 * What Steward answered on a bare socket.
	 *
	 * @param status the status code
	 * @param body the body
	 */
	public record Answer(int status, String body) {

		static Answer read(InputStream in) throws IOException {
			String status = line(in);
			int length = 0;
			boolean chunked = false;
			for (String header = line(in); !header.isEmpty(); header = line(in)) {
				String lower = header.toLowerCase(Locale.ROOT);
				if (lower.startsWith("content-length:")) {
					length = Integer.parseInt(lower.substring(15).strip());
				}
				chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
			}
			byte[] body = chunked ? chunks(in) : in.readNBytes(length);
			return new Answer(Integer.parseInt(status.split(" ")[1]), new String(body, StandardCharsets.UTF_8));
		}

		private static byte[] chunks(InputStream in) throws IOException {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			for (int size = Integer.parseInt(line(in).strip(), 16); size > 0; size = Integer.parseInt(line(in).strip(),
					16)) {
				body.writeBytes(in.readNBytes(size));
				line(in);
			}
			return body.toByteArray();
		}

		private static String line(InputStream in) throws IOException {
			StringBuilder line = new StringBuilder();
			for (int c = in.read(); c != '\n'; c = in.read()) {
				if (c < 0) {
					throw new IOException("The connection closed in the middle of the answer");
				}
				if (c != '\r') {
					line.append((char) c);
				}
			}
			return line.toString();
		}

	}

}
