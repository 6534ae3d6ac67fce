package dev.steward.digest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.support.Blocks;
import dev.steward.support.SlackEdgeTest;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Digests over Slack: one per period at the subscriber's time, the right numbers, the chart, late periods. */
class DigestOverSlackTest extends SlackEdgeTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@BeforeEach
	void teamWithHistory() {
		setUpStandup("C1", "U0PM", List.of("U0ANN", "U0BOB"), List.of("U0DANA"), "Europe/Berlin", "TEAM", "09:00",
				"11:00");
		command("2026-11-23T10:00", "/impediment", "U0ANN", "log Staging is down");
		command("2026-11-23T11:00", "/impediment", "U0BOB", "log Waiting for legal review");
		command("2026-11-23T12:00", "/impediment", "U0ANN", "log Flaky login test");
		long first = firstImpediment();
		command("2026-11-23T15:00", "/impediment", "U0ANN", "resolve IMP-" + first + " rebuilt it");
		command("2026-11-23T15:30", "/impediment", "U0PM", "escalate IMP-" + (first + 1) + " channel");
	}

	@Test
	void dailyAndWeeklySubscribersGetOneDigestPerPeriodAtTheirTimeWithTheRightNumbers() {
		assertThat(command("2026-11-23T16:00", "/digest", "U0DANA", "subscribe daily <#C1|team-c1> at 08:00"))
			.contains("daily (08:00 Europe/Berlin, Monday to Friday)");
		assertThat(command("2026-11-23T16:00", "/digest", "U0PM", "subscribe weekly at 08:00 on monday"))
			.contains("weekly (Monday 08:00 Europe/Berlin)");

		tick("2026-11-24T07:59");
		assertThat(digests("U0DANA")).isEmpty();
		tick("2026-11-24T08:00");
		tick("2026-11-24T08:30");
		assertThat(digests("U0DANA")).hasSize(1);
		String digest = Blocks.tree(digests("U0DANA").get(0).get("blocks")).toString();
		assertThat(digests("U0DANA").get(0).get("text")).isEqualTo("#team-C1: 2 open impediments, 2 escalated");
		assertThat(digest).contains("3 opened, 1 resolved, 2 still open")
			.contains("time to resolve: median 5h, worst 5h (working time)")
			.contains("2 escalations this period")
			.contains("under 1 day 2");
		assertThat(slack.uploads()).hasSize(1);
		assertThat(digests("U0PM")).isEmpty();

		tick("2026-11-25T08:00");
		assertThat(digests("U0DANA")).hasSize(2);
		assertThat(Blocks.tree(digests("U0DANA").get(1).get("blocks")).toString()).contains("Since the last digest")
			.contains("as many open impediments as last time");
		tick("2026-11-30T08:00");
		tick("2026-11-30T09:00");
		assertThat(digests("U0PM")).hasSize(1);
		assertThat(digests("U0DANA")).as("only the latest missed day is sent, once").hasSize(3);
	}

	@Test
	void theChartIsAPngThatDecodesAndIsNotBlank() throws IOException {
		command("2026-11-23T16:00", "/digest", "U0DANA", "subscribe daily <#C1|team-c1>");
		tick("2026-11-24T08:00");

		assertThat(slack.calls("files.completeUploadExternal")).hasSize(1);
		BufferedImage chart = ImageIO.read(new ByteArrayInputStream(slack.uploads().get(0)));
		assertThat(chart).isNotNull();
		assertThat(chart.getWidth()).isEqualTo(640);
		Set<Integer> colours = new HashSet<>();
		for (int x = 0; x < chart.getWidth(); x += 4) {
			for (int y = 0; y < chart.getHeight(); y += 4) {
				colours.add(chart.getRGB(x, y));
			}
		}
		assertThat(colours).as("distinct colours in the chart").hasSizeGreaterThan(10);
	}

	@Test
	void aPeriodMissedWhileStewardWasDownIsSentOnceAndMarkedLate() {
		command("2026-11-23T16:00", "/digest", "U0DANA", "subscribe daily <#C1|team-c1> at 08:00");

		tick("2026-11-24T13:00");
		tick("2026-11-24T14:00");

		assertThat(digests("U0DANA")).hasSize(1);
		assertThat(digests("U0DANA").get(0).get("blocks")).contains("(late)").contains("sent late");
	}

	@Test
	void movingTheDigestTimeDoesNotResendAPeriodAlreadyCovered() {
		command("2026-11-23T16:00", "/digest", "U0DANA", "subscribe daily <#C1|team-c1> at 08:00");
		tick("2026-11-24T08:00");
		command("2026-11-24T10:00", "/digest", "U0DANA", "subscribe daily <#C1|team-c1> at 17:00");

		tick("2026-11-24T10:01");
		tick("2026-11-24T16:59");
		assertThat(digests("U0DANA")).hasSize(1);
		tick("2026-11-24T17:00");
		assertThat(digests("U0DANA")).hasSize(2);
		assertThat(digests("U0DANA").get(1).get("blocks")).doesNotContain("(late)");
	}

	@Test
	void aDailyDigestGoesOutOnTheSubscribersWorkingDaysOnlyAndNeverCallsAHolidayZeroPercent() {
		command("2026-11-23T16:00", "/digest", "U0DANA", "subscribe daily <#C1|team-c1> at 08:00");
		command("2026-11-23T16:00", "/standup", "U0PM", "holidays add 2026-11-26 Offsite");

		tick("2026-11-27T08:00");
		assertThat(digests("U0DANA")).hasSize(1);
		assertThat(digests("U0DANA").get(0).get("blocks")).contains("no stand-up this period (Offsite (Thu 26 Nov))")
			.doesNotContain("0% ");
		tick("2026-11-28T08:00");
		tick("2026-11-29T08:00");
		assertThat(digests("U0DANA")).as("nothing on the weekend").hasSize(1);
		tick("2026-11-30T08:00");
		assertThat(digests("U0DANA")).hasSize(2);
		assertThat(digests("U0DANA").get(1).get("blocks")).as("Monday's covers the weekend")
			.contains("Fri 27 Nov 08:00 \u2013 Mon 30 Nov 08:00");
	}

	@Test
	void previewGoesToTheAskerAtOnce() {
		assertThat(command("2026-11-23T16:00", "/digest", "U0ANN", "now")).contains("on its way");
		await().untilAsserted(() -> assertThat(jdbc.sql("select count(*) from delivery where idempotency_key like "
				+ "'digest-preview:%' and status = 'SENT'").query(Long.class).single()).isOne());
		assertThat(digests("U0ANN")).hasSize(1);
	}

	@Test
	void someoneOutsideTheTeamCannotFollowItsDigest() {
		assertThat(command("2026-11-23T16:00", "/digest", "U0ZED", "subscribe daily <#C1|team-c1>"))
			.contains("You are not in #team-C1");
		assertThat(command("2026-11-23T16:00", "/digest", "U0ZED", "now <#C1|team-c1>")).contains("You are not in");
		assertThat(jdbc.sql("select count(*) from digest_subscription").query(Long.class).single()).isZero();
	}

	@Test
	void badRequestsAreRefusedWithAReasonAndChangeNothing() {
		assertThat(command("2026-11-23T16:00", "/digest", "U0DANA", "subscribe daily <#C404|nope>"))
			.contains("There is no team with a stand-up in that channel");
		assertThat(command("2026-11-23T16:00", "/digest", "U0DANA", "subscribe daily <#C1|c> at 25:00"))
			.contains("is not a time of day");
		assertThat(command("2026-11-23T16:00", "/digest", "U0DANA", "subscribe weekly <#C1|c> on someday"))
			.contains("not a day of the week");
		assertThat(command("2026-11-23T16:00", "/digest", "U0ANN", "channel <#C9|leads> weekly"))
			.contains("Only the PMs");
		assertThat(command("2026-11-23T16:00", "/digest", "U0DANA", "subscribe hourly")).contains("don't understand");
		assertThat(jdbc.sql("select count(*) from digest_subscription").query(Long.class).single()).isZero();
	}

	@Test
	void aChannelDigestNeedsStewardInTheChannel() {
		slack.server().stubFor(post(urlEqualTo("/api/conversations.info"))
			.withRequestBody(containing("channel=C0LEADS"))
			.willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"C0LEADS\",\"is_member\":true}}")));
		slack.server().stubFor(post(urlEqualTo("/api/conversations.info"))
			.withRequestBody(containing("channel=C0OTHER"))
			.willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"C0OTHER\",\"is_member\":false}}")));

		assertThat(command("2026-11-23T16:00", "/digest", "U0PM", "channel <#C0OTHER|other> weekly"))
			.contains("not a member of that channel");
		assertThat(jdbc.sql("select count(*) from digest_subscription").query(Long.class).single()).isZero();
		assertThat(command("2026-11-23T16:00", "/digest", "U0PM", "channel <#C0LEADS|leads> weekly on friday"))
			.contains("weekly (Friday 08:00 Europe/Berlin)");
		tick("2026-11-27T08:00");
		assertThat(digests("C0LEADS")).hasSize(1);
	}

	private long firstImpediment() {
		return jdbc.sql("select min(id) from impediment").query(Long.class).single();
	}

	private List<Map<String, String>> digests(String to) {
		awaitQueuedDeliveries();
		return slack.postsTo(to).stream().filter((post) -> post.get("blocks").contains("Steward digest")).toList();
	}

	private String command(String berlinTime, String command, String user, String text) {
		clock.freezeAt(instant(berlinTime));
		var response = client.command(command, text, user, "C1", "team-C1");
		assertThat(response.statusCode()).isEqualTo(200);
		return Blocks.tree(response.body()).toString();
	}

	private void tick(String berlinTime) {
		tickAt(instant(berlinTime));
	}

	private static Instant instant(String berlinTime) {
		return LocalDateTime.parse(berlinTime).atZone(BERLIN).toInstant();
	}

}
