package dev.steward.escalation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.steward.i18n.Words;

/**
 * Writes working-time thresholds in the reader's words ({@code 2 working days}); ages are the team calendar's.
 */
final class Spans {

	private Spans() {
	}

	/** A working-time span in words: {@code 4 working hours}, {@code 2 working days}, {@code 1 working day 4 hours}. */
	static String words(Words words, Duration span, Duration workingDay) {
		long minutes = span.toMinutes();
		long perDay = Math.max(1, workingDay.toMinutes());
		long days = minutes / perDay;
		long hours = (minutes % perDay) / 60;
		long rest = minutes % 60;
		List<String> parts = new ArrayList<>();
		if (days > 0) {
			parts.add(words.get("escalation.span.days", days));
		}
		if (hours > 0) {
			parts.add(words.get(days > 0 ? "escalation.span.more-hours" : "escalation.span.hours", hours));
		}
		if (rest > 0 || parts.isEmpty()) {
			parts.add(words.get(parts.isEmpty() ? "escalation.span.minutes" : "escalation.span.more-minutes", rest));
		}
		return String.join(" ", parts);
	}

	/** A rung's own threshold, without factors: {@code 4 working hours}, {@code 1 working day}. */
	static String rung(Words words, int amount, char unit) {
		return words.get(unit == 'd' ? "escalation.span.days" : "escalation.span.hours", amount);
	}

}
