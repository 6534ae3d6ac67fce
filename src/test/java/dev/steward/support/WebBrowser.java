package dev.steward.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser as the dashboard's tests need one: it keeps Steward's cookies, follows no redirect (so a test sees each
 * one), and reads the CSRF token a page carries.
 */
public final class WebBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final int port;

	public WebBrowser(int port) {
		this.port = port;
	}

	/** A page, asked for as a browser asks (HTML first). */
	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build());
	}

	/** A form posted as a browser posts it. */
	public HttpResponse<String> post(String path, String form) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	/** A JSON API's answer, asked for as a script would (no HTML preferred). */
	public HttpResponse<String> getJson(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	/** JSON posted as a script posts it. */
	public HttpResponse<String> postJson(String path, String json) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/** Signs in on the sign-in page as one of the sandbox's demo people. */
	public WebBrowser signInAs(String person) {
		HttpResponse<String> signedIn = post("/sign-in/local", "person=" + person + "&_csrf=" + csrf(get("/sign-in")
			.body()));
		assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
		return this;
	}

	/** The CSRF token in the page's forms. */
	public static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a CSRF token in %s", page).isTrue();
		return token.group(1);
	}

	/** The query of an address, decoded: what a redirect asked the next site for. */
	public static Map<String, String> query(String address) {
		Map<String, String> values = new LinkedHashMap<>();
		String raw = URI.create(address).getRawQuery();
		for (String pair : (raw == null) ? new String[0] : raw.split("&")) {
			int equals = pair.indexOf('=');
			values.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		return values;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
