package dev.steward.team;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a calendar is read over HTTP, against WireMock: a 2xx body, redirects followed a few times and each checked,
 * and a failure (an error status, too big, too slow, a refused address) said without the secret address.
 */
class CalendarReaderTest {

	private static final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static {
		server.start();
	}

	private final CalendarReader reader = reader(true, Duration.ofSeconds(10));

	@AfterAll
	static void stop() {
		server.stop();
	}

	@BeforeEach
	void reset() {
		server.resetAll();
	}

	@Test
	void readsTheCalendarThroughARedirect() throws Exception {
		server.stubFor(get(urlEqualTo("/old")).willReturn(aResponse().withStatus(301).withHeader("Location", "/new")));
		server.stubFor(get(urlEqualTo("/new")).willReturn(aResponse().withBody("BEGIN:VCALENDAR")));

		assertThat(new String(reader.read(url("/old")), StandardCharsets.UTF_8)).isEqualTo("BEGIN:VCALENDAR");
	}

	@Test
	void anErrorTooManyRedirectsOrABodyOverTheCapFail() {
		server.stubFor(get(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404).withBody("no")));
		server.stubFor(get(urlEqualTo("/loop")).willReturn(aResponse().withStatus(302).withHeader("Location", "/loop")));
		server.stubFor(get(urlEqualTo("/big")).willReturn(aResponse().withBody(new byte[2048])));

		assertThatThrownBy(() -> reader.read(url("/gone"))).hasMessage("it answered HTTP 404");
		assertThatThrownBy(() -> reader.read(url("/loop"))).hasMessage("it redirected more than 3 times");
		assertThatThrownBy(() -> reader.read(url("/big"))).hasMessage("it is larger than 1024B");
	}

	@Test
	void aServerThatDoesNotAnswerInTimeFails() {
		server.stubFor(get(urlEqualTo("/slow")).willReturn(aResponse().withFixedDelay(5000).withBody("late")));

		assertThatThrownBy(() -> reader(true, Duration.ofMillis(300)).read(url("/slow")))
			.hasMessage("it did not answer within 300 ms");
	}

	@Test
	void anAddressInsideTheNetworkIsRefusedAtEveryReadingWithoutShowingIt() {
		assertThatThrownBy(() -> reader(false, Duration.ofSeconds(10)).read("https://127.0.0.1:1/secret-path.ics"))
			.isInstanceOf(CalendarReader.Failed.class)
			.hasMessageStartingWith("the address was refused: it points inside the network (127.0.0.1)")
			.hasMessageNotContaining("secret-path");
	}

	private static CalendarReader reader(boolean allowPrivate, Duration timeout) {
		return new CalendarReader(new CalendarFeedProperties(Duration.ofHours(1), timeout, DataSize.ofKilobytes(1), 90,
				4, List.of("OOO"), 20, allowPrivate));
	}

	private static String url(String path) {
		return "http://localhost:" + server.port() + path;
	}

}
