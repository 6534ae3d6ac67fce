package dev.steward.support.fault;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds and reads the JSON the stand-ins answer and receive. */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static ArrayNode array() {
		return MAPPER.createArrayNode();
	}

	static String write(JsonNode node) {
		return MAPPER.writeValueAsString(node);
	}

	/** The parsed document, or null when the text is absent or not JSON. */
	static JsonNode readOrNull(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return MAPPER.readTree(text);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
