package dev.steward.chat.sandbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** The sandbox's chat history, in the database so it survives a restart like a real platform's would. */
class SandboxMessageStore {

	private final JdbcClient jdbc;

	SandboxMessageStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a message; the author is a sandbox user, or null for Steward. */
	long add(String conversationId, String author, String payload, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into sandbox_message (conversation_id, author, payload, created_at) "
				+ "values (:conversation, :author, :payload, :at)")
			.param("conversation", conversationId)
			.param("author", author)
			.param("payload", payload)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	boolean replace(long id, String payload, Instant at) {
		return jdbc.sql("update sandbox_message set payload = :payload, updated_at = :at where id = :id")
			.param("payload", payload)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update() == 1;
	}

	/** Whether the message is one of Steward's in the conversation, the only kind a button can replace. */
	boolean isStewardsIn(long id, String conversationId) {
		return jdbc.sql("select count(*) from sandbox_message where id = :id and conversation_id = :conversation "
				+ "and author is null")
			.param("id", id)
			.param("conversation", conversationId)
			.query(Long.class)
			.single() == 1;
	}

	List<Stored> list(String conversationId) {
		return jdbc.sql("select * from sandbox_message where conversation_id = :conversation order by id")
			.param("conversation", conversationId)
			.query((rs, row) -> new Stored(rs.getLong("id"), rs.getString("author"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					rs.getObject("updated_at", OffsetDateTime.class) != null, rs.getString("payload")))
			.list();
	}

	/**
	 * One stored message.
	 *
	 * @param id its id, the message reference
	 * @param author the sandbox user who wrote it, or null for Steward
	 * @param at when it was posted
	 * @param edited whether it was updated since
	 * @param payload the neutral message as JSON
	 */
	record Stored(long id, String author, Instant at, boolean edited, String payload) {

	}

}
