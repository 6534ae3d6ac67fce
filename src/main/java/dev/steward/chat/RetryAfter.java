package dev.steward.chat;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Reads a {@code Retry-After} header as the platforms send it, or get it wrong: whole seconds, an HTTP date, or
 * nonsense. What is missing or unreadable comes back null, so the caller applies its own default.
 */
public final class RetryAfter {

	private RetryAfter() {
	}

	/** The wait the header asks for, at least a second; null when it is missing or unreadable. */
	public static Duration parse(String header, Instant now) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.strip();
		try {
			long seconds = Long.parseLong(value);
			return Duration.ofSeconds(Math.max(1, seconds));
		}
		catch (NumberFormatException ex) {
			return date(value, now);
		}
	}

	private static Duration date(String value, Instant now) {
		try {
			Instant until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			Duration wait = Duration.between(now, until);
			return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
