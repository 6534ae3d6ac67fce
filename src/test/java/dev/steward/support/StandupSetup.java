package dev.steward.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a PM submits in the stand-up setup form, with the defaults a PM would leave in place: the name "Daily
 * stand-up", the three usual questions, the third asking for blockers, Monday to Friday, English, a reminder after an
 * hour.
 */
public final class StandupSetup {

	/** The user-picker fields of the form. */
	public static final List<String> USERS = List.of("members", "pms", "stakeholders");

	/** The multi-select fields. */
	public static final List<String> MULTI = List.of("days");

	/** The single-select fields. */
	public static final List<String> SINGLE = List.of("zone_policy", "language", "blockers_question", "plans_question");

	private final Map<String, List<String>> values = new LinkedHashMap<>();

	private StandupSetup(List<String> members, String pm) {
		values.put("name", List.of("Daily stand-up"));
		values.put("members", members);
		values.put("pms", List.of(pm));
		values.put("stakeholders", List.of());
		values.put("prompt_time", List.of("09:00"));
		values.put("report_time", List.of("11:00"));
		values.put("reminder", List.of("60"));
		values.put("days", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
		values.put("zone_policy", List.of("TEAM"));
		values.put("team_zone", List.of("Europe/Berlin"));
		values.put("language", List.of("en"));
		values.put("questions", List.of("What did you do yesterday?\nWhat will you do today?\nAnything blocking you?"));
		values.put("blockers_question", List.of("3"));
		values.put("plans_question", List.of("2"));
	}

	public static StandupSetup of(List<String> members, String pm) {
		return new StandupSetup(members, pm);
	}

	/** Sets a field, such as {@code set("prompt_time", "08:30")}. */
	public StandupSetup set(String field, String... value) {
		values.put(field, List.of(value));
		return this;
	}

	public StandupSetup set(String field, List<String> value) {
		values.put(field, value);
		return this;
	}

	/** Leaves the field out, as a client that does not know it would. */
	public StandupSetup without(String field) {
		values.remove(field);
		return this;
	}

	public Map<String, List<String>> values() {
		return Map.copyOf(values);
	}

	/** As Slack submits the modal, from the PM, for the channel. */
	public String slack(String pm, String channel, String channelName) {
		return SlackPayloads.submission(pm, "standup.setup", channel + "\n" + channelName, values, USERS, MULTI, SINGLE);
	}

	/** As Teams submits the card: each field one string, several values joined by commas. */
	public Map<String, String> teams() {
		Map<String, String> data = new LinkedHashMap<>();
		values.forEach((field, list) -> data.put(field, String.join(",", list)));
		return data;
	}

}
