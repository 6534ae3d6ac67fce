package dev.steward.chat.teams;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.steward.chat.Conversation;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Teams conversation references in the database, with a Caffeine cache in front, so a prompt can be sent to a
 * person or a channel after a restart. A direct conversation is keyed by the user id, a channel by its channel id.
 */
final class ConversationStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Cache<String, ConversationRef> cache;

	ConversationStore(JdbcClient jdbc, Clock clock, Duration cacheTtl) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.cache = Caffeine.newBuilder().expireAfterWrite(cacheTtl).maximumSize(50_000).build();
	}

	/** Stores the reference unless the same one is known already. */
	void remember(Conversation conversation, ConversationRef ref) {
		if (ref.equals(cache.getIfPresent(conversation.key()))) {
			return;
		}
		int updated = jdbc.sql("update teams_conversation set conversation_id = :conversation, service_url = :url, "
				+ "bot_id = :bot, updated_at = :now where tenant_id = :tenant and kind = :kind and conversation_key = :key")
			.params(params(conversation, ref))
			.update();
		if (updated == 0) {
			jdbc.sql("insert into teams_conversation (tenant_id, kind, conversation_key, conversation_id, service_url, "
					+ "bot_id, updated_at) values (:tenant, :kind, :key, :conversation, :url, :bot, :now) "
					+ "on conflict do nothing")
				.params(params(conversation, ref))
				.update();
		}
		cache.put(conversation.key(), ref);
	}

	Optional<ConversationRef> find(Conversation conversation) {
		ConversationRef cached = cache.getIfPresent(conversation.key());
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<ConversationRef> stored = jdbc
			.sql("select conversation_id, service_url, bot_id from teams_conversation where tenant_id = :tenant "
					+ "and kind = :kind and conversation_key = :key")
			.param("tenant", conversation.workspaceId())
			.param("kind", conversation.kind().name())
			.param("key", conversation.id())
			.query((rs, row) -> new ConversationRef(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
		stored.ifPresent((ref) -> cache.put(conversation.key(), ref));
		return stored;
	}

	/** The most recently seen reference in the tenant: its service URL and bot id open new personal chats. */
	Optional<ConversationRef> latestInTenant(String tenantId) {
		return jdbc
			.sql("select conversation_id, service_url, bot_id from teams_conversation where tenant_id = :tenant "
					+ "order by updated_at desc limit 1")
			.param("tenant", tenantId)
			.query((rs, row) -> new ConversationRef(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	private Map<String, Object> params(Conversation conversation, ConversationRef ref) {
		return Map.of("tenant", conversation.workspaceId(), "kind", conversation.kind().name(), "key",
				conversation.id(), "conversation", ref.conversationId(), "url", ref.serviceUrl(), "bot", ref.botId(),
				"now", clock.instant().atOffset(ZoneOffset.UTC));
	}

}
