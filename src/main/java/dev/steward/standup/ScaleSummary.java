package dev.steward.standup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.steward.chat.Text;
import dev.steward.i18n.Words;

import org.springframework.stereotype.Component;

/**
 * The summary's section for each scale question someone answered: the average with its change on the previous week's
 * average for the same stand-up and, for an anonymous question, how the scores spread, shown only once enough people
 * answered that no one's score can be told apart.
 */
@Component
class ScaleSummary {

	/** The fewest scores an anonymous question shows its spread and average for. */
	static final int MIN_ANONYMOUS = 3;

	private final StandupRepository standups;

	private final StandupScores scores;

	ScaleSummary(StandupRepository standups, StandupScores scores) {
		this.standups = standups;
		this.scores = scores;
	}

	/** A section per scale question of the run's stand-up that got a score, in the words given; empty for none. */
	List<Text> sections(Words words, Run run) {
		List<Question> questions = standups.standup(run.standupId()).map(StandupConfig::questions).orElse(List.of());
		List<Text> sections = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			Question question = questions.get(i);
			if (question.isScale()) {
				section(words, run, question, scores.distribution(run.id(), i)).ifPresent(sections::add);
			}
		}
		return sections;
	}

	private Optional<Text> section(Words words, Run run, Question question, int[] counts) {
		int total = IntStream.of(counts).sum();
		if (total == 0) {
			return Optional.empty();
		}
		Text.Builder text = Text.builder().bold(question.text()).plain("\n");
		if (question.anonymous() && total < MIN_ANONYMOUS) {
			return Optional.of(text.plain(words.get("standup.scale.too-few", Integer.toString(total),
					Integer.toString(MIN_ANONYMOUS))).build());
		}
		if (question.anonymous()) {
			text.plain(distribution(question.type(), counts) + "\n");
		}
		double average = IntStream.range(0, counts.length).map((i) -> (i + 1) * counts[i]).sum() / (double) total;
		return Optional.of(text.plain(trend(words, run, question.type(), average)).build());
	}

	/** {@code 😞 0 · 🙁 1 · 😐 2 · 🙂 3 · 😄 1}. */
	static String distribution(Question.Type scale, int[] counts) {
		return IntStream.range(0, counts.length)
			.mapToObj((i) -> Scales.emoji(scale, i + 1) + " " + counts[i])
			.collect(Collectors.joining(" \u00b7 "));
	}

	/** {@code mood 3.8, ↓ 0.4 on last week}, or {@code mood 3.8, no earlier scores}. */
	private String trend(Words words, Run run, Question.Type scale, double average) {
		LocalDate monday = run.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
		Optional<Double> lastWeek = scores.average(run.standupId(), scale, monday, monday.plusDays(6));
		return words.get("standup.scale.trend", Scales.name(words, scale), words.number(average, 1),
				lastWeek.map((earlier) -> words.get("standup.scale.on-last-week", change(words, average - earlier)))
					.orElse(words.get("standup.scale.no-earlier")));
	}

	/** {@code ↑ 0.4}, {@code ↓ 0.4} or {@code unchanged}, to one decimal. */
	static String change(Words words, double difference) {
		long tenths = Math.round(difference * 10);
		if (tenths == 0) {
			return words.get("standup.scale.unchanged");
		}
		return (tenths > 0 ? "\u2191 " : "\u2193 ") + words.number(Math.abs(tenths) / 10.0, 1);
	}

}
