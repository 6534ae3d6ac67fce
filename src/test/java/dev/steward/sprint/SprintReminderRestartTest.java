package dev.steward.sprint;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.steward.delivery.DeliveryDispatcher;
import dev.steward.support.Blocks;
import dev.steward.support.SlackPayloads;
import dev.steward.support.SlackStub;
import dev.steward.support.StewardInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The value-goal reminder of a sprint planned weeks ahead goes out once, also when Steward restarts that morning. */
class SprintReminderRestartTest {

	private final SlackStub slack = new SlackStub().start();

	@TempDir
	Path data;

	@AfterEach
	void stopSlack() {
		slack.stop();
	}

	@Test
	void remindsOnceAtStandupTimeInTheTeamsZoneAcrossRestartsThatMorning() {
		String database = StewardInstance.h2File(data);
		try (StewardInstance planning = StewardInstance.startAt(Instant.parse("2026-11-02T09:00:00Z"), database,
				slack)) {
			planning.setUpStandup(slack, "C1", "U0PM", List.of("U0ANN"), "Asia/Kolkata", "09:30", "11:00", "TEAM",
					List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
			planning.client().command("/sprint", "plan", "U0PM", "C1", "team");
			List<Map<String, String>> opened = slack.calls("views.open");
			String teamId = Blocks.tree(opened.get(opened.size() - 1).get("view")).path("private_metadata").asString();
			planning.client().interaction(SlackPayloads.submission("U0PM", "sprint.plan", teamId,
					Map.of("name", List.of("Sprint 14"), "starts_on", List.of("2026-11-23"), "ends_on",
							List.of("2026-12-04"), "goal1", List.of("Onboarding in one day"), "measure1",
							List.of("Median time to first commit under 8 h")),
					List.of(), List.of(), List.of()));
		}
		Instant nineTwentyNine = Instant.parse("2026-11-23T03:59:00Z");
		try (StewardInstance morning = StewardInstance.startAt(nineTwentyNine, database, slack)) {
			morning.tickAt(nineTwentyNine);
			morning.tickAt(nineTwentyNine.plusSeconds(60));
			await().until(() -> reminders() == 1);
		}
		try (StewardInstance restarted = StewardInstance.startAt(nineTwentyNine, database, slack)) {
			restarted.tickAt(nineTwentyNine.plusSeconds(600));
			restarted.bean(DeliveryDispatcher.class).dispatchDue();
			restarted.tickAt(nineTwentyNine.plusSeconds(3600));
			restarted.bean(DeliveryDispatcher.class).dispatchDue();
		}
		assertThat(reminders()).isEqualTo(1);
	}

	private long reminders() {
		return slack.postsTo("C1").stream().filter((post) -> post.get("text").contains("starts today")).count();
	}

}
