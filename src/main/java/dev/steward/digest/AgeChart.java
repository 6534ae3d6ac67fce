package dev.steward.digest;

import java.awt.Color;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** Draws the digest's chart: open impediments per working-time age band at the end of each day, as a PNG. */
final class AgeChart {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);

	private static final Color[] COLOURS = { new Color(0x7FB77E), new Color(0xF2C14E), new Color(0xF78154),
			new Color(0xB33F40) };

	private AgeChart() {
	}

	static byte[] png(List<Digest.ChartDay> days) {
		CategoryChart chart = new CategoryChartBuilder().width(640)
			.height(320)
			.title("Open impediments by working-time age")
			.xAxisTitle("End of day")
			.yAxisTitle("Open")
			.build();
		chart.getStyler().setStacked(true);
		chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
		chart.getStyler().setChartBackgroundColor(Color.WHITE);
		chart.getStyler().setSeriesColors(COLOURS);
		chart.getStyler().setYAxisDecimalPattern("#");
		chart.getStyler().setAntiAlias(true);
		List<String> labels = days.stream().map((day) -> DAY.format(day.date())).toList();
		for (AgeBand band : AgeBand.values()) {
			chart.addSeries(band.label(), labels,
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
