package dev.steward.support;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads Block Kit that Steward posted. */
public final class Blocks {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Blocks() {
	}

	/** The value of the first button with the action id in a posted message's blocks. */
	public static String buttonValue(Map<String, String> post, String actionId) {
		for (JsonNode block : JSON.readTree(post.get("blocks"))) {
			for (JsonNode element : block.path("elements")) {
				if (actionId.equals(element.path("action_id").asString())) {
					return element.path("value").asString();
				}
			}
		}
		throw new AssertionError("No button " + actionId + " in " + post.get("blocks"));
	}

	public static JsonNode tree(String json) {
		return JSON.readTree(json);
	}

}
