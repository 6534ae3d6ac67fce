package dev.steward.dashboard;

import java.util.ArrayList;
import java.util.List;

import dev.steward.i18n.Words;

/**
 * A small bar chart drawn as SVG on the server (no script, so the page's strict policy holds): one or more series
 * over the same labels, side by side or stacked, scaled to the largest value. Each bar carries its value as a
 * tooltip, and the page shows the same numbers in a table for screen readers.
 *
 * @param title what it shows
 * @param unit what the values count, for the axis
 * @param max the top of the scale
 * @param top the top of the scale as written on the axis
 * @param bars the bars, ready to draw
 * @param labels the period labels with their x positions
 * @param legend each series' name and CSS class
 */
record BarChart(String title, String unit, double max, String top, List<Bar> bars, List<Label> labels, List<Series> legend) {

	static final int WIDTH = 720;

	static final int HEIGHT = 200;

	private static final int TOP = 10;

	private static final int BOTTOM = 30;

	private static final int LEFT = 40;

	/** Draws the series over the labels, numbers written in the words given; stacked puts each series on the one before. */
	static BarChart of(Words words, String title, String unit, List<String> labels, List<Series> series,
			boolean stacked) {
		return of(words, title, unit, labels, series, stacked, 0);
	}

	/** As above, on a scale that reaches at least the floor (100 for a percentage). */
	static BarChart of(Words words, String title, String unit, List<String> labels, List<Series> series,
			boolean stacked, double floor) {
		int groups = Math.max(1, labels.size());
		double max = 0;
		for (int i = 0; i < labels.size(); i++) {
			double total = 0;
			for (Series one : series) {
				double value = one.values().get(i);
				total = stacked ? total + value : Math.max(total, value);
			}
			max = Math.max(max, total);
		}
		max = Math.max(max, floor);
		max = (max <= 0) ? 1 : max;
		double slot = (WIDTH - LEFT) / (double) groups;
		double barWidth = stacked ? slot * 0.6 : slot * 0.8 / Math.max(1, series.size());
		double plot = HEIGHT - TOP - BOTTOM;
		List<Bar> bars = new ArrayList<>();
		List<Label> names = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			double x = LEFT + slot * i + slot * (stacked ? 0.2 : 0.1);
			double base = HEIGHT - BOTTOM;
			for (int s = 0; s < series.size(); s++) {
				Series one = series.get(s);
				double value = one.values().get(i);
				double height = plot * value / max;
				double barX = stacked ? x : x + barWidth * s;
				double y = base - height;
				bars.add(new Bar(round(barX), round(y), round(barWidth), round(height), one.cssClass(),
						one.name() + ", " + labels.get(i) + ": " + format(words, value) + " " + unit));
				if (stacked) {
					base = y;
				}
			}
			names.add(new Label(round(LEFT + slot * i + slot / 2), labels.get(i)));
		}
		return new BarChart(title, unit, max, format(words, max), bars, names, series);
	}

	private static String format(Words words, double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : words.number(value, 1);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** A series: its name, its CSS class (its colour), one value per label. */
	record Series(String name, String cssClass, List<Double> values) {
	}

	/** A bar to draw. */
	record Bar(double x, double y, double width, double height, String cssClass, String tooltip) {
	}

	/** A label under a group of bars. */
	record Label(double x, String text) {
	}

}
