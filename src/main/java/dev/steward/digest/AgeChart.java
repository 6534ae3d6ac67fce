package dev.steward.digest;

import java.awt.Color;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

import dev.steward.i18n.Words;

/** Draws the digest's chart: open impediments per working-time age band at the end of each day, as a PNG. */
final class AgeChart {

	private static final Color[] COLOURS = { new Color(0x7FB77E), new Color(0xF2C14E), new Color(0xF78154),
			new Color(0xB33F40) };

	private AgeChart() {
	}

	static byte[] png(List<Digest.ChartDay> days, Words words) {
		CategoryChart chart = new CategoryChartBuilder().width(640)
			.height(320)
			.title(words.get("digest.chart.title"))
			.xAxisTitle(words.get("digest.chart.x"))
			.yAxisTitle(words.get("digest.chart.y"))
			.build();
		chart.getStyler().setStacked(true);
		chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
		chart.getStyler().setChartBackgroundColor(Color.WHITE);
		chart.getStyler().setSeriesColors(COLOURS);
		chart.getStyler().setYAxisDecimalPattern("#");
		chart.getStyler().setAntiAlias(true);
		DateTimeFormatter format = DateTimeFormatter.ofPattern("EEE d", words.locale());
		List<String> labels = days.stream().map((day) -> format.format(day.date())).toList();
		for (AgeBand band : AgeBand.values()) {
			chart.addSeries(band.label(words), labels,
					days.stream().map((day) -> (Number) day.counts().getOrDefault(band, 0)).toList());
		}
		try {
			return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not draw the digest chart", ex);
		}
	}

}
