package dev.steward.dashboard;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.steward.i18n.Words;

import static org.assertj.core.api.Assertions.assertThat;

/** The trends' bars: scaled to the largest value (or the largest stack), side by side or stacked. */
class BarChartTest {

	@Test
	void scalesSideBySideBarsToTheLargestValue() {
		BarChart chart = BarChart.of(Words.ENGLISH, "Opened and resolved", "impediments", List.of("w1", "w2"), List.of(
				new BarChart.Series("opened", "s3", List.of(4.0, 2.0)),
				new BarChart.Series("resolved", "s1", List.of(1.0, 0.0))), false);

		assertThat(chart.top()).isEqualTo("4");
		assertThat(chart.bars()).hasSize(4);
		assertThat(chart.bars().get(0).height()).isEqualTo(160.0);
		assertThat(chart.bars().get(1).height()).isEqualTo(40.0);
		assertThat(chart.bars().get(1).x()).isGreaterThan(chart.bars().get(0).x());
		assertThat(chart.bars().get(0).tooltip()).isEqualTo("opened, w1: 4 impediments");
	}

	@Test
	void stacksEachSeriesOnTheOneBefore() {
		BarChart chart = BarChart.of(Words.ENGLISH, "Flow", "impediments", List.of("w1"), List.of(
				new BarChart.Series("resolved", "s1", List.of(3.0)), new BarChart.Series("open", "s3", List.of(1.0))),
				true);

		assertThat(chart.top()).isEqualTo("4");
		BarChart.Bar resolved = chart.bars().get(0);
		BarChart.Bar open = chart.bars().get(1);
		assertThat(open.x()).isEqualTo(resolved.x());
		assertThat(open.y() + open.height()).isEqualTo(resolved.y());
		assertThat(resolved.height() + open.height()).isEqualTo(160.0);
	}

	@Test
	void drawsNothingTallerThanThePlotWhenEveryValueIsZero() {
		BarChart chart = BarChart.of(Words.ENGLISH, "Participation", "%", List.of("w1"),
				List.of(new BarChart.Series("answered", "s1", List.of(0.0))), false);

		assertThat(chart.bars()).singleElement().satisfies((bar) -> assertThat(bar.height()).isZero());
	}

}
