package dev.steward.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fills the Teams activity fixtures in {@code src/test/resources/teams} (personal message, channel @mention, card
 * submission, invoke, conversation and installation updates, in the Bot Framework's documented shape) with a test's
 * values.
 */
public final class TeamsActivities {

	public static final String APP_ID = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";

	public static final String BOT = "28:" + APP_ID;

	public static final String TENANT = "5e1d7c2b-0a9f-4e3d-8c7b-6a5f4e3d2c1b";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PERSONAL_CHANNEL_DATA = "{\"tenant\":{\"id\":\"" + TENANT + "\"}}";

	private final String serviceUrl;

	public TeamsActivities(String serviceUrl) {
		this.serviceUrl = serviceUrl;
	}

	/** A message in the person's personal chat with the bot, from a client in the zone. */
	public String personal(String userId, String name, String text, String zone) {
		return fill("personal_message.json", Map.of("user", userId, "name", name, "text", escape(text), "zone", zone));
	}

	/** A message in a team channel that @mentions the bot. */
	public String channelMention(String channelId, String userId, String name, String text) {
		return fill("channel_mention.json", Map.of("channel", channelId, "user", userId, "name", name, "text",
				escape(text), "teamName", "Team " + channelId.substring(3, 8)));
	}

	/** A channel message that @mentions the bot and one person, as Teams marks mentions up. */
	public String channelMention(String channelId, String userId, String name, String text, String mentionedId,
			String mentionedName) {
		ObjectNode activity = (ObjectNode) JSON.readTree(channelMention(channelId, userId, name,
				text.replace("@" + mentionedName, "<at>" + mentionedName + "</at>")));
		ObjectNode mention = ((ArrayNode) activity.get("entities")).addObject();
		mention.putObject("mentioned").put("id", mentionedId).put("name", mentionedName);
		mention.put("text", "<at>" + mentionedName + "</at>");
		mention.put("type", "mention");
		return JSON.writeValueAsString(activity);
	}

	/** An Action.Submit on the card, in the person's personal chat: the action's data merged with the inputs. */
	public String submitInPersonalChat(String userId, String cardId, JsonNode data, Map<String, String> inputs) {
		return fill("card_submit.json", Map.of("user", userId, "cardId", cardId, "value",
				value(data, inputs), "zone", "Asia/Kolkata", "conversation", personalConversation(userId),
				"channelData", PERSONAL_CHANNEL_DATA));
	}

	/** An Action.Submit on the card, in a team channel's thread. */
	public String submitInChannel(String channelId, String userId, String cardId, JsonNode data,
			Map<String, String> inputs) {
		return fill("card_submit.json", Map.of("user", userId, "cardId", cardId, "value",
				value(data, inputs), "zone", "Europe/London", "conversation", channelConversation(channelId, cardId),
				"channelData", channelData(channelId)));
	}

	/**
	 * An {@code Action.Execute} on a card in the person's personal chat, as Teams sends it: an
	 * {@code adaptiveCard/action} invoke whose action is the card's, with the inputs merged into its data.
	 */
	public String executeInPersonalChat(String userId, JsonNode action, Map<String, String> inputs) {
		return invokeInPersonalChat(userId, "adaptiveCard/action", execution(action, inputs, "manual"));
	}

	/** The automatic {@code refresh} a person's client sends for a card carrying it, in their personal chat. */
	public String refreshInPersonalChat(String userId, JsonNode card) {
		return invokeInPersonalChat(userId, "adaptiveCard/action", execution(card.path("refresh").path("action"),
				Map.of(), "automatic"));
	}

	/** The automatic {@code refresh} a person's client sends for a card in the team channel. */
	public String refreshInChannel(String channelId, String userId, JsonNode card) {
		return fill("invoke.json", Map.of("invoke", "adaptiveCard/action", "user", userId, "cardId", "1700000000001",
				"value", execution(card.path("refresh").path("action"), Map.of(), "automatic"), "conversation",
				channelConversation(channelId, "1700000000001"), "channelData", channelData(channelId)));
	}

	private static String execution(JsonNode action, Map<String, String> inputs, String trigger) {
		ObjectNode executed = (ObjectNode) action.deepCopy();
		ObjectNode data = (ObjectNode) executed.path("data");
		inputs.forEach(data::put);
		ObjectNode value = JSON.createObjectNode();
		value.put("trigger", trigger);
		value.set("action", executed);
		return JSON.writeValueAsString(value);
	}

	/** An invoke with the name and value (JSON; {@code null} for none) in the person's personal chat. */
	public String invokeInPersonalChat(String userId, String name, String value) {
		return fill("invoke.json", Map.of("invoke", name, "user", userId, "cardId", "1700000000001", "value", value,
				"conversation", personalConversation(userId), "channelData", PERSONAL_CHANNEL_DATA));
	}

	/** An activity of another type in the person's personal chat, with these top-level fields added. */
	public String personalActivity(String type, String userId, Map<String, Object> fields) {
		return edit(personal(userId, "Bob", "", "Asia/Kolkata"), (activity) -> {
			activity.put("type", type);
			activity.remove("text");
			fields.forEach((name, value) -> activity.set(name, JSON.valueToTree(value)));
		});
	}

	/** The activity with a change made to its JSON, such as a field removed. */
	public static String edit(String activity, Consumer<ObjectNode> change) {
		ObjectNode tree = (ObjectNode) JSON.readTree(activity);
		change.accept(tree);
		return JSON.writeValueAsString(tree);
	}

	private static String personalConversation(String userId) {
		return "{\"conversationType\":\"personal\",\"tenantId\":\"" + TENANT + "\",\"id\":\"a:personal-" + userId
				+ "\"}";
	}

	private static String channelConversation(String channelId, String cardId) {
		return "{\"isGroup\":true,\"conversationType\":\"channel\",\"tenantId\":\"" + TENANT + "\",\"id\":\""
				+ channelId + ";messageid=" + cardId + "\"}";
	}

	private static String channelData(String channelId) {
		return "{\"channel\":{\"id\":\"" + channelId + "\"},\"team\":{\"id\":\"" + channelId
				+ "\"},\"tenant\":{\"id\":\"" + TENANT + "\"}}";
	}

	/** The bot added to a team: the update arrives in the team's General channel. */
	public String installedInTeam(String channelId, String userId) {
		return fill("conversation_update.json", Map.of("channel", channelId, "user", userId, "teamName",
				"Team " + channelId.substring(3, 8)));
	}

	/** The app installed in a person's personal scope. */
	public String installedPersonally(String userId, String zone) {
		return installationUpdate(userId, zone, "add");
	}

	/** The app installed ({@code add}) or removed ({@code remove}) in a person's personal scope. */
	public String installationUpdate(String userId, String zone, String action) {
		return fill("installation_update.json", Map.of("user", userId, "zone", zone, "action", action));
	}

	private static String value(JsonNode data, Map<String, String> inputs) {
		ObjectNode value = (ObjectNode) data.deepCopy();
		inputs.forEach(value::put);
		return JSON.writeValueAsString(value);
	}

	private String fill(String fixture, Map<String, String> values) {
		Map<String, String> all = new HashMap<>(values);
		all.putIfAbsent("id", UUID.randomUUID().toString());
		all.putIfAbsent("aad", UUID.nameUUIDFromBytes(values.getOrDefault("user", "").getBytes()).toString());
		all.put("serviceUrl", serviceUrl);
		all.put("tenant", TENANT);
		all.put("bot", BOT);
		String text = read(fixture);
		for (Map.Entry<String, String> value : all.entrySet()) {
			text = text.replace("${" + value.getKey() + "}", value.getValue());
		}
		return text.strip();
	}

	private static String escape(String text) {
		String quoted = JSON.writeValueAsString(text);
		return quoted.substring(1, quoted.length() - 1);
	}

	private static String read(String fixture) {
		try (InputStream in = TeamsActivities.class.getResourceAsStream("/teams/" + fixture)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
