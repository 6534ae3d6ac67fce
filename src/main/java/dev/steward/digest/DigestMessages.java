package dev.steward.digest;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.impediment.Impediment;
import dev.steward.sprint.SprintOverview;
import dev.steward.team.TeamCalendar;

/**
 * Renders a digest: a headline, then participation, flow, what is stuck, value at risk and the change since last
 * time, and the chart. Long lists show the top items and say how many more, so the message stays within the
 * platforms' limits (each section under 3,000 characters, well under 50 blocks).
 */
final class DigestMessages {

	static final int SECTION_LIMIT = 2800;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

	private DigestMessages() {
	}

	static ChatMessage render(Digest digest, TeamCalendar calendar, ZoneId zone) {
		String headline = headline(digest);
		ChatMessage.Builder message = ChatMessage.builder(headline)
			.header("Steward digest \u00b7 " + WHEN.format(digest.period().end().atZone(zone)).substring(0, 10)
					+ (digest.late() ? " (late)" : ""))
			.section(Text.bold(headline));
		message.section(section("Participation", participation(digest)));
		List<String> scales = scales(digest);
		if (!scales.isEmpty()) {
			message.section(section("Mood and health", scales));
		}
		message.section(section("Flow", flow(digest, calendar)));
		message.section(richSection("Stuck", stuck(digest)));
		List<String> value = value(digest);
		if (!value.isEmpty()) {
			message.section(section("Value", value));
		}
		List<String> execution = execution(digest);
		if (!execution.isEmpty()) {
			message.section(section("Issues and change requests", execution));
		}
		digest.previous().ifPresent((previous) -> message.section(section("Since the last digest",
				List.of(change(digest, previous, calendar)))));
		message.image("open-impediments.png", "Open impediments by working-time age, last 7 days",
				AgeChart.png(digest.chart()));
		return message.context(Text.plain("Period: " + WHEN.format(digest.period().start().atZone(zone)) + " \u2013 "
				+ WHEN.format(digest.period().end().atZone(zone)) + " " + zone.getId()
				+ (digest.late() ? " \u00b7 sent late: Steward was not running at the time" : "")
				+ " \u00b7 /digest unsubscribe to stop"))
			.build();
	}

	static String headline(Digest digest) {
		int teams = digest.teams().size();
		StringBuilder line = new StringBuilder(teams == 1 ? digest.teams().get(0).team().name() + ": "
				: teams + " teams, ");
		line.append(digest.openCount()).append(" open impediment").append(digest.openCount() == 1 ? "" : "s")
			.append(", ").append(digest.escalatedOpen()).append(" escalated");
		List<String> atRisk = digest.goalsAtRisk();
		if (!atRisk.isEmpty()) {
			line.append(", ").append(atRisk.get(0).replaceFirst("^Goal \\d+: ", "goal '")).append("' at risk");
			if (atRisk.size() > 1) {
				line.append(" (and ").append(atRisk.size() - 1).append(" more)");
			}
		}
		return line.toString();
	}

	private static List<String> participation(Digest digest) {
		List<String> lines = new ArrayList<>();
		for (Digest.TeamFigures team : digest.teams()) {
			String off = team.daysOff().isEmpty() ? "" : " (" + String.join(", ", team.daysOff()) + ")";
			if (team.standups() == 0 && team.prompted() == 0) {
				lines.add(team.team().name() + ": no stand-up this period" + off);
				continue;
			}
			long rate = team.prompted() == 0 ? 0 : Math.round(100.0 * team.answered() / team.prompted());
			lines.add(team.team().name() + ": " + team.standups() + " stand-up" + (team.standups() == 1 ? "" : "s")
					+ ", " + (team.prompted() == 0 ? "nobody prompted" : rate + "% of " + team.prompted()
							+ " prompts answered")
					+ (team.silent().isEmpty() ? "" : "; silent all period: " + String.join(", ", team.silent()))
					+ (off.isEmpty() ? "" : "; days off" + off));
		}
		return lines;
	}

	/** A line per team and scale its stand-up asks on: {@code Team: mood 3.8, ↓ 0.4 on the period before}. */
	private static List<String> scales(Digest digest) {
		return digest.teams()
			.stream()
			.flatMap((team) -> team.scales().stream().map((scale) -> team.team().name() + ": " + scale.line()))
			.toList();
	}

	private static List<String> flow(Digest digest, TeamCalendar calendar) {
		long opened = digest.teams().stream().mapToLong(Digest.TeamFigures::opened).sum();
		List<Duration> resolved = digest.resolveTimes();
		String line = opened + " opened, " + resolved.size() + " resolved, " + digest.openCount() + " still open";
		if (!resolved.isEmpty()) {
			line += "; time to resolve: median " + calendar.describe(digest.medianResolve().orElseThrow()) + ", worst "
					+ calendar.describe(digest.worstResolve().orElseThrow()) + " (working time)";
		}
		return List.of(line);
	}

	private static List<Text> stuck(Digest digest) {
		Map<AgeBand, Integer> bands = new EnumMap<>(AgeBand.class);
		Map<Integer, Integer> rungs = new java.util.TreeMap<>();
		List<String> lines = new ArrayList<>();
		List<Digest.OpenItem> oldest = new ArrayList<>();
		for (Digest.TeamFigures team : digest.teams()) {
			for (Digest.OpenItem item : team.open()) {
				bands.merge(item.band(), 1, Integer::sum);
				rungs.merge(item.row().rung(), 1, Integer::sum);
				if (item.ageText() != null) {
					oldest.add(item);
				}
			}
		}
		StringBuilder byBand = new StringBuilder("By age: ");
		for (AgeBand band : AgeBand.values()) {
			byBand.append(band.label()).append(' ').append(bands.getOrDefault(band, 0)).append(" \u00b7 ");
		}
		lines.add(byBand.substring(0, byBand.length() - 3));
		StringBuilder byRung = new StringBuilder("By rung: ");
		rungs.forEach((rung, count) -> byRung.append(rung == 0 ? "not escalated" : "rung " + rung).append(' ')
			.append(count).append(" \u00b7 "));
		if (!rungs.isEmpty()) {
			lines.add(byRung.substring(0, byRung.length() - 3));
		}
		long escalations = digest.teams().stream().mapToLong(Digest.TeamFigures::escalations).sum();
		lines.add(escalations + " escalation" + (escalations == 1 ? "" : "s") + " this period" + (oldest.isEmpty() ? "" : "; oldest:"));
		List<Text> text = new ArrayList<>(lines.stream().map(Text::plain).toList());
		oldest.stream()
			.sorted(java.util.Comparator.comparing((Digest.OpenItem item) -> item.row().climbStartedAt()))
			.limit(DigestComposer.OLDEST_NAMED)
			.forEach((item) -> text.add(Text.builder()
				.bold(Impediment.key(item.row().id()))
				.plain(" " + item.row().title() + " \u2013 ")
				.mention(item.row().ownerId())
				.plain(", open " + item.ageText() + (item.row().rung() > 0 ? ", rung " + item.row().rung() : ""))
				.build()));
		return text;
	}

	private static List<String> value(Digest digest) {
		List<String> lines = new ArrayList<>();
		for (Digest.TeamFigures team : digest.teams()) {
			team.sprint().ifPresent((sprint) -> {
				for (SprintOverview.GoalStatus goal : team.goals()) {
					lines.add(team.team().name() + " \u00b7 " + sprint + " \u00b7 " + goal.label()
							+ (goal.atRisk() ? ": at risk from " + String.join(", ", goal.threatenedBy()) + " (oldest "
									+ goal.oldestBlockerAge() + ")" : ": on track"));
				}
			});
			team.lastReview().ifPresent((review) -> lines.add(team.team().name() + " \u00b7 last review: " + review));
		}
		return lines;
	}

	/**
	 * Each team's issues and change requests: {@code 2 change requests approved; 1 affects goal 'Checkout under 2 s'}.
	 */
	static List<String> execution(Digest digest) {
		List<String> lines = new ArrayList<>();
		for (Digest.TeamFigures team : digest.teams()) {
			Digest.Execution execution = team.execution();
			if (!execution.any()) {
				continue;
			}
			DigestQueries.IssueCounts issues = execution.issues();
			if (issues.any()) {
				lines.add(team.team().name() + " \u00b7 issues: " + issues.opened() + " logged, " + issues.resolved()
						+ " resolved, " + issues.open() + " open" + (issues.escalated() > 0 ? " (" + issues.escalated()
								+ " escalated)" : ""));
			}
			for (String decision : List.of("approved", "rejected", "deferred")) {
				List<DigestQueries.DecidedChange> these = execution.decided().stream()
					.filter((change) -> change.decision().equals(decision))
					.toList();
				if (!these.isEmpty()) {
					lines.add(team.team().name() + " \u00b7 " + count(these.size(), "change request") + " " + decision
							+ " this period" + goals(these) + ": " + String.join(", ", these.stream()
								.map((change) -> change.key() + " " + change.title()).toList()));
				}
			}
			if (execution.undecided() > 0) {
				lines.add(team.team().name() + " \u00b7 " + count(execution.undecided(), "change request")
						+ " waiting for a decision");
			}
		}
		return lines;
	}

	private static String goals(List<DigestQueries.DecidedChange> changes) {
		Map<String, Long> byGoal = changes.stream().filter((change) -> change.goal() != null)
			.collect(java.util.stream.Collectors.groupingBy(DigestQueries.DecidedChange::goal,
					java.util.TreeMap::new, java.util.stream.Collectors.counting()));
		StringBuilder text = new StringBuilder();
		byGoal.forEach((goal, count) -> text.append("; ").append(count).append(count == 1 ? " affects" : " affect")
			.append(" goal '").append(goal).append("'"));
		return text.toString();
	}

	private static String count(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	private static String change(Digest digest, SubscriptionRepository.Sent previous, TeamCalendar calendar) {
		int delta = digest.openCount() - previous.openCount();
		String open = delta == 0 ? "as many open impediments as last time"
				: Math.abs(delta) + (delta > 0 ? " more" : " fewer") + " open than last time (" + previous.openCount()
						+ ")";
		String speed = digest.medianResolve()
			.flatMap((now) -> java.util.Optional.ofNullable(previous.medianResolveMinutes()).map((before) -> {
				long minutes = now.toMinutes();
				return minutes == before ? "resolving as fast"
						: (minutes < before ? "resolving faster" : "resolving slower") + " (median "
								+ calendar.describe(now) + " against " + calendar.describe(Duration.ofMinutes(before))
								+ ")";
			}))
			.orElse("no resolutions to compare");
		return open + "; " + speed + ".";
	}

	/** A bold title and lines, cut to the platform's section limit with a count of what was left out. */
	static Text section(String title, List<String> lines) {
		return richSection(title, lines.stream().map(Text::plain).toList());
	}

	static Text richSection(String title, List<Text> lines) {
		Text.Builder text = Text.builder().bold(title).plain("\n");
		int used = title.length() + 1;
		for (int i = 0; i < lines.size(); i++) {
			int length = lines.get(i).toPlainString().length() + 1;
			if (used + length > SECTION_LIMIT - 40) {
				text.italic("\u2026and " + (lines.size() - i) + " more");
				break;
			}
			text.append(lines.get(i)).plain("\n");
			used += length;
		}
		return text.build();
	}

}
