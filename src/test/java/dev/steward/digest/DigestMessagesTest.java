package dev.steward.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.steward.chat.Block;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.Platform;
import dev.steward.sprint.SprintOverview;
import dev.steward.team.Team;
import dev.steward.team.TeamCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/** A digest of a long, busy period stays within the platforms' limits and says what it left out. */
class DigestMessagesTest {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final Instant END = Instant.parse("2026-11-30T07:00:00Z");

	@Test
	void aBusyPeriodForFortyTeamsTruncatesEachSectionAndSaysHowManyMore() {
		List<Digest.TeamFigures> teams = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			Team team = new Team(i, Platform.SLACK, "T1", "C" + i, "#a-team-with-a-rather-long-name-" + i, ZONE);
			List<String> silent = new ArrayList<>();
			for (int s = 0; s < 12; s++) {
				silent.add("Member number " + s + " of team " + i);
			}
			teams.add(new Digest.TeamFigures(team, 5, 40, 20, silent, List.of(), 3, List.of(Duration.ofHours(5)), List.of(), 2,
					Optional.of("Sprint " + i),
					List.of(new SprintOverview.GoalStatus("Goal 1: ship the thing " + i, List.of("IMP-" + i), "2d", Duration.ofHours(16))),
					Optional.empty(), Digest.Execution.NONE));
		}
		Digest digest = new Digest(new Period("2026-11-30", END.minus(Duration.ofDays(7)), END), false, teams,
				chart(), Optional.empty());

		ChatMessage message = DigestMessages.render(digest, TeamCalendar.standard(ZONE), ZONE);

		assertThat(message.blocks()).hasSizeLessThan(50);
		for (Block block : message.blocks()) {
			if (block instanceof Block.Section section) {
				assertThat(section.text().toPlainString()).hasSizeLessThanOrEqualTo(3000);
			}
		}
		assertThat(message.blocks().stream().filter(Block.Section.class::isInstance)
			.map((block) -> ((Block.Section) block).text().toPlainString())
			.filter((text) -> text.contains("\u2026and ") && text.contains(" more"))).hasSizeGreaterThanOrEqualTo(2);
		assertThat(message.fallback()).startsWith("40 teams, 0 open impediments, 0 escalated, goal 'ship the thing 0'"
				+ " at risk (and 39 more)");
	}

	private static List<Digest.ChartDay> chart() {
		List<Digest.ChartDay> days = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			Map<AgeBand, Integer> counts = new EnumMap<>(AgeBand.class);
			counts.put(AgeBand.UNDER_1_DAY, i);
			counts.put(AgeBand.OVER_5_DAYS, 7 - i);
			days.add(new Digest.ChartDay(LocalDate.of(2026, 11, 24).plusDays(i), counts));
		}
		return days;
	}

}
