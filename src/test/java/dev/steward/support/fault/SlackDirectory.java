package dev.steward.support.fault;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The people of the Slack stand-in's workspaces, as {@code users.list} pages them and {@code users.info} tells one. */
final class SlackDirectory {

	private static final int MAX_PAGE = 1000;

	private final List<SlackPerson> people = new ArrayList<>();

	void replaceWith(List<SlackPerson> everyone) {
		people.clear();
		people.addAll(everyone);
	}

	void add(SlackPerson person) {
		people.removeIf((known) -> known.id().equals(person.id()));
		people.add(person);
	}

	/** A page of {@code users.list}, or null for a cursor that is not one of its own. */
	ObjectNode page(String workspace, String cursor, String limit, Instant now) {
		int from = Cursors.offset("users", cursor);
		if (from < 0) {
			return null;
		}
		int size = pageSize(limit);
		int to = Math.min(people.size(), from + size);
		ObjectNode page = Json.object();
		ArrayNode members = page.putArray("members");
		for (SlackPerson person : people.subList(Math.min(from, to), to)) {
			members.add(json(person, workspace, now));
		}
		page.put("cache_ts", now.getEpochSecond());
		String next = (to < people.size()) ? Cursors.next("users", String.valueOf(to)) : "";
		page.putObject("response_metadata").put("next_cursor", next);
		return page;
	}

	/** The person as {@code users.info} tells them, or null for an unknown id. */
	ObjectNode person(String workspace, String id, Instant now) {
		return people.stream()
			.filter((person) -> person.id().equals(id))
			.findFirst()
			.map((person) -> json(person, workspace, now))
			.orElse(null);
	}

	private static int pageSize(String limit) {
		try {
			int asked = (limit == null) ? 0 : Integer.parseInt(limit);
			return (asked <= 0) ? MAX_PAGE : Math.min(asked, MAX_PAGE);
		}
		catch (NumberFormatException ex) {
			return MAX_PAGE;
		}
	}

	private static ObjectNode json(SlackPerson person, String workspace, Instant now) {
		ObjectNode node = Json.object()
			.put("id", person.id())
			.put("team_id", workspace)
			.put("name", person.name())
			.put("deleted", false)
			.put("real_name", person.realName())
			.put("tz", person.tz())
			.put("tz_offset", ZoneId.of(person.tz()).getRules().getOffset(now).getTotalSeconds())
			.put("is_bot", false);
		node.putObject("profile")
			.put("display_name", person.displayName())
			.put("real_name", person.realName())
			.put("display_name_normalized", person.displayName());
		return node;
	}

}
