package dev.steward.team;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which calendar addresses Steward takes, as it runs in production (private addresses not allowed): one that points
 * inside the network or at this machine, or that is plain http, is refused with the reason and nothing is stored.
 */
class CalendarFeedAddressOverSlackTest extends SlackEdgeTest {

	@BeforeEach
	void team() {
		clock.freezeAt(Instant.parse("2026-11-23T07:00:00Z"));
		setUpStandup("C1", "U0PM", List.of("U0ANN"), "Europe/Berlin", "TEAM", "09:00", "11:00");
	}

	@Test
	void anAddressInsideTheNetworkIsRefusedAndNothingIsStored() {
		assertThat(command("away calendar https://127.0.0.1:8443/secret-path/basic.ics", "U0ANN"))
			.contains("I can't use that calendar address (127.0.0.1\u2026)")
			.contains("points inside the network (127.0.0.1)")
			.contains("Nothing was stored")
			.doesNotContain("secret-path");
		assertThat(command("away calendar <https://169.254.169.254/latest/meta-data>", "U0ANN"))
			.contains("points inside the network (169.254.169.254)");
		assertThat(command("holidays calendar https://10.0.0.8/team.ics", "U0PM"))
			.contains("points inside the network (10.0.0.8)");
		assertThat(command("away calendar http://93.184.216.34/basic.ics", "U0ANN")).contains("must start with https://");

		assertThat(jdbc.sql("select count(*) from calendar_feed").query(Long.class).single()).isZero();
		assertThat(command("away calendar", "U0ANN")).contains("You have no calendar here");
	}

	private String command(String text, String user) {
		return Blocks.tree(client.command("/standup", text, user, "C1", "team-C1").body()).path("text").asString();
	}

}
