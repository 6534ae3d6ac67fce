package dev.steward.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.i18n.Words;
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

	private DigestMessages() {
	}

	/** The digest in English. */
	static ChatMessage render(Digest digest, TeamCalendar calendar, ZoneId zone) {
		return render(digest, calendar, zone, Words.ENGLISH);
	}

	/** The digest in the reader's words. */
	static ChatMessage render(Digest digest, TeamCalendar calendar, ZoneId zone, Words words) {
		String headline = headline(digest, words);
		LocalDate day = digest.period().end().atZone(zone).toLocalDate();
		ChatMessage.Builder message = ChatMessage.builder(headline)
			.header(words.get(digest.late() ? "digest.header-late" : "digest.header", words.day(day)))
			.section(Text.bold(headline));
		message.section(section(words.get("digest.section.participation"), participation(digest, words), words));
		optional(message, "digest.section.scales", scales(digest, words), words);
		message.section(section(words.get("digest.section.flow"), flow(digest, calendar, words), words));
		message.section(richSection(words.get("digest.section.stuck"), stuck(digest, words), words));
		optional(message, "digest.section.value", value(digest, calendar, words), words);
		optional(message, "digest.section.execution", execution(digest, words), words);
		digest.previous().ifPresent((previous) -> message.section(section(words.get("digest.section.since"),
				List.of(change(digest, previous, calendar, words)), words)));
		message.image("open-impediments.png", words.get("digest.chart.alt"), AgeChart.png(digest.chart(), words));
		return message.context(Text.plain(words.get(digest.late() ? "digest.period-late" : "digest.period",
				when(digest.period().start(), zone, words), when(digest.period().end(), zone, words), zone.getId())))
			.build();
	}

	private static void optional(ChatMessage.Builder message, String title, List<String> lines, Words words) {
		if (!lines.isEmpty()) {
			message.section(section(words.get(title), lines, words));
		}
	}

	private static String when(Instant instant, ZoneId zone, Words words) {
		ZonedDateTime at = instant.atZone(zone);
		return words.get("digest.when", words.day(at.toLocalDate()), words.time(at.toLocalTime()));
	}

	static String headline(Digest digest) {
		return headline(digest, Words.ENGLISH);
	}

	static String headline(Digest digest, Words words) {
		int teams = digest.teams().size();
		String line = words.get("digest.headline.open", digest.openCount(), String.valueOf(digest.openCount()),
				String.valueOf(digest.escalatedOpen()));
		line = (teams == 1) ? words.get("digest.headline.team", digest.teams().get(0).team().name(), line)
				: words.get("digest.headline.teams", String.valueOf(teams), line);
		List<String> atRisk = digest.goalsAtRisk();
		if (atRisk.isEmpty()) {
			return line;
		}
		String goal = atRisk.get(0).replaceFirst("^\\S+ \\d+: ", "");
		return (atRisk.size() == 1) ? words.get("digest.headline.goal", line, goal)
				: words.get("digest.headline.goals", line, goal, String.valueOf(atRisk.size() - 1));
	}

	private static List<String> participation(Digest digest, Words words) {
		List<String> lines = new ArrayList<>();
		for (Digest.TeamFigures team : digest.teams()) {
			String name = team.team().name();
			String off = String.join(", ", team.daysOff());
			if (team.standups() == 0 && team.prompted() == 0) {
				lines.add(off.isEmpty() ? words.get("digest.participation.none", name)
						: words.get("digest.participation.none-off", name, off));
				continue;
			}
			long rate = team.prompted() == 0 ? 0 : Math.round(100.0 * team.answered() / team.prompted());
			String answered = team.prompted() == 0 ? words.get("digest.participation.nobody")
					: words.get("digest.participation.rate", String.valueOf(rate), String.valueOf(team.prompted()));
			String silent = team.silent().isEmpty() ? ""
					: words.get("digest.participation.silent", String.join(", ", team.silent()));
			lines.add(words.get("digest.participation.line", name, team.standups(), String.valueOf(team.standups()),
					answered, silent, off.isEmpty() ? "" : words.get("digest.participation.off", off)));
		}
		return lines;
	}

	/** A line per team and scale its stand-up asks on: {@code Team: mood 3.8, ↓ 0.4 on the period before}. */
	private static List<String> scales(Digest digest, Words words) {
		return digest.teams()
			.stream()
			.flatMap((team) -> team.scales().stream()
				.map((scale) -> words.get("digest.scale.line", team.team().name(), scale.line(words))))
			.toList();
	}

	private static List<String> flow(Digest digest, TeamCalendar calendar, Words words) {
		long opened = digest.teams().stream().mapToLong(Digest.TeamFigures::opened).sum();
		List<Duration> resolved = digest.resolveTimes();
		String line = words.get("digest.flow.line", String.valueOf(opened), String.valueOf(resolved.size()),
				String.valueOf(digest.openCount()));
		if (!resolved.isEmpty()) {
			line = words.get("digest.flow.resolve", line, calendar.describe(digest.medianResolve().orElseThrow(), words),
					calendar.describe(digest.worstResolve().orElseThrow(), words));
		}
		return List.of(line);
	}

	private static List<Text> stuck(Digest digest, Words words) {
		Map<AgeBand, Integer> bands = new EnumMap<>(AgeBand.class);
		Map<Integer, Integer> rungs = new TreeMap<>();
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
		List<String> lines = new ArrayList<>();
		lines.add(words.get("digest.stuck.by-age", String.join(" \u00b7 ", Arrays.stream(AgeBand.values())
			.map((band) -> words.get("digest.stuck.count", band.label(words),
					String.valueOf(bands.getOrDefault(band, 0))))
			.toList())));
		if (!rungs.isEmpty()) {
			lines.add(words.get("digest.stuck.by-rung", String.join(" \u00b7 ", rungs.entrySet().stream()
				.map((rung) -> words.get("digest.stuck.count", rung.getKey() == 0 ? words.get("digest.stuck.not-escalated")
						: words.get("digest.stuck.rung", String.valueOf(rung.getKey())), String.valueOf(rung.getValue())))
				.toList())));
		}
		long escalations = digest.teams().stream().mapToLong(Digest.TeamFigures::escalations).sum();
		lines.add(words.get(oldest.isEmpty() ? "digest.stuck.escalations" : "digest.stuck.escalations-oldest",
				escalations, String.valueOf(escalations)));
		List<Text> text = new ArrayList<>(lines.stream().map(Text::plain).toList());
		oldest.stream()
			.sorted(Comparator.comparing((Digest.OpenItem item) -> item.row().climbStartedAt()))
			.limit(DigestComposer.OLDEST_NAMED)
			.forEach((item) -> text.add(oldestLine(item, words)));
		return text;
	}

	private static Text oldestLine(Digest.OpenItem item, Words words) {
		int rung = item.row().rung();
		return Text.builder()
			.bold(Impediment.key(item.row().id()))
			.plain(" " + item.row().title() + " \u2013 ")
			.mention(item.row().ownerId())
			.plain(rung > 0 ? words.get("digest.stuck.open-rung", item.ageText(), String.valueOf(rung))
					: words.get("digest.stuck.open", item.ageText()))
			.build();
	}

	private static List<String> value(Digest digest, TeamCalendar calendar, Words words) {
		List<String> lines = new ArrayList<>();
		for (Digest.TeamFigures team : digest.teams()) {
			String name = team.team().name();
			team.sprint().ifPresent((sprint) -> {
				for (SprintOverview.GoalStatus goal : team.goals()) {
					lines.add(goal.atRisk()
							? words.get("digest.value.at-risk", name, sprint, goal.label(),
									String.join(", ", goal.threatenedBy()), calendar.describe(goal.oldestBlocker(), words))
							: words.get("digest.value.on-track", name, sprint, goal.label()));
				}
			});
			team.lastReview().ifPresent((review) -> lines.add(words.get("digest.value.review", name, review)));
		}
		return lines;
	}

	/**
	 * Each team's issues and change requests: {@code 2 change requests approved; 1 affects goal 'Checkout under 2 s'}.
	 */
	static List<String> execution(Digest digest) {
		return execution(digest, Words.ENGLISH);
	}

	static List<String> execution(Digest digest, Words words) {
		List<String> lines = new ArrayList<>();
		for (Digest.TeamFigures team : digest.teams()) {
			Digest.Execution execution = team.execution();
			if (execution.any()) {
				execution(team.team().name(), execution, words, lines);
			}
		}
		return lines;
	}

	private static void execution(String name, Digest.Execution execution, Words words, List<String> lines) {
		DigestQueries.IssueCounts issues = execution.issues();
		if (issues.any()) {
			lines.add(words.get(issues.escalated() > 0 ? "digest.execution.issues-escalated" : "digest.execution.issues",
					name, String.valueOf(issues.opened()), String.valueOf(issues.resolved()),
					String.valueOf(issues.open()), String.valueOf(issues.escalated())));
		}
		for (String decision : List.of("approved", "rejected", "deferred")) {
			List<DigestQueries.DecidedChange> these = execution.decided().stream()
				.filter((change) -> change.decision().equals(decision))
				.toList();
			if (!these.isEmpty()) {
				lines.add(words.get("digest.execution.decided", name, these.size(), String.valueOf(these.size()),
						words.get("digest.execution." + decision, these.size()), goals(these, words), String.join(", ", these.stream()
							.map((change) -> change.key() + " " + change.title()).toList())));
			}
		}
		if (execution.undecided() > 0) {
			lines.add(words.get("digest.execution.undecided", name, execution.undecided(),
					String.valueOf(execution.undecided())));
		}
	}

	private static String goals(List<DigestQueries.DecidedChange> changes, Words words) {
		Map<String, Long> byGoal = changes.stream().filter((change) -> change.goal() != null)
			.collect(Collectors.groupingBy(DigestQueries.DecidedChange::goal, TreeMap::new, Collectors.counting()));
		StringBuilder text = new StringBuilder();
		byGoal.forEach((goal, count) -> text.append(words.get("digest.execution.goal", count, String.valueOf(count),
				goal)));
		return text.toString();
	}

	private static String change(Digest digest, SubscriptionRepository.Sent previous, TeamCalendar calendar,
			Words words) {
		int delta = digest.openCount() - previous.openCount();
		String open = delta == 0 ? words.get("digest.change.same")
				: words.get(delta > 0 ? "digest.change.more" : "digest.change.fewer", String.valueOf(Math.abs(delta)),
						String.valueOf(previous.openCount()));
		String speed = digest.medianResolve()
			.flatMap((now) -> Optional.ofNullable(previous.medianResolveMinutes()).map((before) -> {
				long minutes = now.toMinutes();
				return minutes == before ? words.get("digest.change.as-fast")
						: words.get(minutes < before ? "digest.change.faster" : "digest.change.slower",
								calendar.describe(now, words), calendar.describe(Duration.ofMinutes(before), words));
			}))
			.orElse(words.get("digest.change.nothing"));
		return words.get("digest.change.line", open, speed);
	}

	/** A bold title and lines, cut to the platform's section limit with a count of what was left out. */
	static Text section(String title, List<String> lines, Words words) {
		return richSection(title, lines.stream().map(Text::plain).toList(), words);
	}

	static Text richSection(String title, List<Text> lines, Words words) {
		Text.Builder text = Text.builder().bold(title).plain("\n");
		int used = title.length() + 1;
		for (int i = 0; i < lines.size(); i++) {
			int length = lines.get(i).toPlainString().length() + 1;
			if (used + length > SECTION_LIMIT - 40) {
				text.italic(words.get("digest.section.more", String.valueOf(lines.size() - i)));
				break;
			}
			text.append(lines.get(i)).plain("\n");
			used += length;
		}
		return text.build();
	}

}
