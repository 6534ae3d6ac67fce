package dev.steward.support.fault;

import java.util.List;

/**
 * Someone in the Slack stand-in's workspace, as {@code users.list} and {@code users.info} describe them.
 *
 * @param id the user id, {@code U...}
 * @param name the handle
 * @param realName the full name
 * @param displayName the name they chose to be shown by
 * @param tz the IANA time zone
 */
public record SlackPerson(String id, String name, String realName, String displayName, String tz) {

	private static final List<String> ZONES = List.of("Europe/London", "America/New_York", "Asia/Kolkata",
			"Australia/Lord_Howe", "Europe/Berlin");

	/** The n-th of a generated crowd: {@code U000001}, "Person 1", in one of a few zones in turn. */
	public static SlackPerson numbered(int n) {
		return new SlackPerson("U%06d".formatted(n), "person" + n, "Person " + n, "Person " + n,
				ZONES.get(n % ZONES.size()));
	}

}
