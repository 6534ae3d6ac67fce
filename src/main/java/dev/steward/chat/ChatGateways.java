package dev.steward.chat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Finds the gateway for a platform among the adapters that are configured. */
@Component
public class ChatGateways {

	private final Map<Platform, ChatGateway> gateways = new EnumMap<>(Platform.class);

	public ChatGateways(List<ChatGateway> gateways) {
		gateways.forEach((gateway) -> this.gateways.put(gateway.platform(), gateway));
	}

	/**
	 * The gateway for the platform.
	 * @throws ChatSendException (permanent) when that platform is not configured
	 */
	public ChatGateway forPlatform(Platform platform) throws ChatSendException {
		ChatGateway gateway = gateways.get(platform);
		if (gateway == null) {
			throw new ChatSendException(ChatSendException.Kind.PERMANENT, platform + " is not configured");
		}
		return gateway;
	}

	public boolean isConfigured(Platform platform) {
		return gateways.containsKey(platform);
	}

}
