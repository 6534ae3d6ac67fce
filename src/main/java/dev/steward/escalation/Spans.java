package dev.steward.escalation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.steward.i18n.Words;

/**
 * Writes working-time spans in the reader's words: short ages ({@code 2d 3h}) and thresholds ({@code 2 working days}).
 */
final class Spans {

	private Spans() {
	}

	/** A working age, short: {@code 45m}, {@code 3h 30m}, {@code 2d 3h}, as {@code TeamCalendar.describe} writes it. */
	static String age(Words words, Duration working, Duration workingDay) {
		long minutes = Math.max(0, working.toMinutes());
		long perDay = Math.max(1, workingDay.toMinutes());
		if (minutes < 60) {
			return words.get("escalation.age.minutes", Long.toString(minutes));
		}
		if (minutes < perDay) {
			long rest = minutes % 60;
			return (rest == 0) ? words.get("escalation.age.hours", Long.toString(minutes / 60))
					: words.get("escalation.age.hours-minutes", Long.toString(minutes / 60), Long.toString(rest));
		}
		long hours = (minutes % perDay) / 60;
		return (hours == 0) ? words.get("escalation.age.days", minutes / perDay)
				: words.get("escalation.age.days-hours", minutes / perDay, Long.toString(hours));
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
