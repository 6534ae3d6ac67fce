package dev.steward.outbound;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which URLs Steward calls: public http(s) ones only, unless private addresses are allowed. */
class OutboundUrlsTest {

	private final OutboundUrls strict = new OutboundUrls(false, "steward.test.allow-private");

	@Test
	void refusesAddressesInsideTheNetwork() {
		for (String url : new String[] { "http://127.0.0.1/x", "http://localhost:8080/x", "http://10.1.2.3/x",
				"http://172.16.0.9/x", "http://192.168.1.1/x", "http://169.254.169.254/latest/meta-data",
				"http://100.64.0.1/x", "http://0.0.0.0/x", "http://[::1]/x", "http://[fd00::1]/x",
				"http://[fe80::1]/x" }) {
			assertThatThrownBy(() -> strict.check(url)).as(url)
				.isInstanceOf(OutboundUrls.Refused.class)
				.hasMessageContaining("points inside the network")
				.hasMessageContaining("steward.test.allow-private allows it");
		}
	}

	@Test
	void refusesWhatIsNotAPlainHttpUrl() {
		assertThatThrownBy(() -> strict.check("ftp://93.184.216.34/x")).hasMessageContaining("https://");
		assertThatThrownBy(() -> strict.check("https://user:pw@93.184.216.34/x")).hasMessageContaining("no user name");
		assertThatThrownBy(() -> strict.check("not a url at all")).isInstanceOf(OutboundUrls.Refused.class);
		assertThatThrownBy(() -> strict.check("https://no-such-host.invalid/x")).hasMessageContaining("does not resolve");
	}

	@Test
	void takesAPublicAddressAndPrivateOnesWhenAllowed() throws Exception {
		assertThat(strict.check("https://93.184.216.34/hooks").getHost()).isEqualTo("93.184.216.34");
		assertThat(new OutboundUrls(true, "x").check("http://127.0.0.1:9999/hooks").getPort()).isEqualTo(9999);
	}

	@Test
	void refusesPlainHttpWhereHttpsIsRequiredUnlessPrivateAddressesAreAllowed() throws Exception {
		assertThatThrownBy(() -> strict.httpsOnly().check("http://93.184.216.34/feed.ics"))
			.hasMessage("must start with https://");
		assertThat(strict.httpsOnly().check("https://93.184.216.34/feed.ics").getScheme()).isEqualTo("https");
		assertThat(new OutboundUrls(true, "x").httpsOnly().check("http://127.0.0.1:9999/feed.ics").getPort())
			.isEqualTo(9999);
	}

}
