package dev.steward.support.fault;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** The activities sent to each conversation, the personal chats created, and the duplicate view of them. */
final class TeamsConversations {

	private final List<TeamsActivity> activities = new ArrayList<>();

	private final List<String> created = new ArrayList<>();

	private long lastId;

	/** The conversation without a channel thread's {@code ;messageid=...}. */
	static String base(String conversationId) {
		int semicolon = conversationId.indexOf(';');
		return (semicolon < 0) ? conversationId : conversationId.substring(0, semicolon);
	}

	TeamsActivity send(String conversationId, String replyToId, JsonNode activity, Instant at) {
		lastId = Math.max(at.toEpochMilli(), lastId + 1);
		TeamsActivity sent = new TeamsActivity(conversationId, String.valueOf(lastId), replyToId, text(activity),
				Json.write(activity), at, 0);
		activities.add(sent);
		return sent;
	}

	/** The activity after the update, or null when the conversation has no activity with the id. */
	TeamsActivity update(String conversationId, String activityId, JsonNode activity) {
		for (int i = 0; i < activities.size(); i++) {
			TeamsActivity known = activities.get(i);
			if (known.id().equals(activityId) && base(known.conversationId()).equals(base(conversationId))) {
				TeamsActivity edited = known.edited(text(activity), Json.write(activity));
				activities.set(i, edited);
				return edited;
			}
		}
		return null;
	}

	void created(String memberId) {
		created.add(memberId);
	}

	List<String> created() {
		return List.copyOf(created);
	}

	/** The activities sent to the conversation, or to any thread of it when given without a thread. */
	List<TeamsActivity> in(String conversationId) {
		return activities.stream()
			.filter((activity) -> activity.conversationId().equals(conversationId)
					|| base(activity.conversationId()).equals(conversationId))
			.toList();
	}

	List<TeamsActivity> all() {
		return List.copyOf(activities);
	}

	/** The same content sent more than once to one conversation. */
	List<Duplicate> duplicates() {
		Map<String, List<TeamsActivity>> byContent = new LinkedHashMap<>();
		for (TeamsActivity activity : activities) {
			byContent.computeIfAbsent(activity.conversationId() + "\n" + activity.content(), (key) -> new ArrayList<>())
				.add(activity);
		}
		List<Duplicate> found = new ArrayList<>();
		byContent.values().stream().filter((same) -> same.size() > 1).forEach((same) -> found.add(new Duplicate(
				Duplicate.By.TEXT, same.get(0).conversationId(), same.get(0).content(), same.size())));
		return found;
	}

	void clear() {
		activities.clear();
		created.clear();
	}

	private static String text(JsonNode activity) {
		JsonNode text = activity.path("text");
		return text.isString() ? text.asString() : null;
	}

}
