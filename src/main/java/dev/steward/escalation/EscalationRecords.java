package dev.steward.escalation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who was told about an impediment at which rung of its current climb, so they hear when it is resolved. */
@Repository
class EscalationRecords {

	private final JdbcClient jdbc;

	EscalationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long impedimentId, Instant climbStartedAt, int rung, Target target, Conversation to, Instant at) {
		jdbc.sql("""
				insert into escalation_record (impediment_id, climb_started_at, rung, target, conversation_kind,
				    conversation_id, at)
				values (:id, :climb, :rung, :target, :kind, :conversation, :at) on conflict do nothing""")
			.param("id", impedimentId)
			.param("climb", climbStartedAt.atOffset(ZoneOffset.UTC))
			.param("rung", rung)
			.param("target", target.name())
			.param("kind", to.kind().name())
			.param("conversation", to.id())
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** When the conversation was last told about the impediment during the climb, if it was. */
	Optional<Instant> lastTold(long impedimentId, Instant climbStartedAt, Conversation to) {
		return jdbc.sql("select max(at) from escalation_record where impediment_id = :id and climb_started_at = :climb "
				+ "and conversation_kind = :kind and conversation_id = :conversation")
			.param("id", impedimentId)
			.param("climb", climbStartedAt.atOffset(ZoneOffset.UTC))
			.param("kind", to.kind().name())
			.param("conversation", to.id())
			.query((rs, row) -> Optional.ofNullable(rs.getObject(1, java.time.OffsetDateTime.class))
				.map(java.time.OffsetDateTime::toInstant))
			.single();
	}

	/** The conversations told during the climb that started at the instant. */
	List<Conversation> told(long impedimentId, Instant climbStartedAt, Platform platform, String workspaceId) {
		return jdbc.sql("select distinct conversation_kind, conversation_id from escalation_record "
				+ "where impediment_id = :id and climb_started_at = :climb")
			.param("id", impedimentId)
			.param("climb", climbStartedAt.atOffset(ZoneOffset.UTC))
			.query((rs, row) -> new Conversation(platform, workspaceId,
					Conversation.Kind.valueOf(rs.getString("conversation_kind")), rs.getString("conversation_id")))
			.list();
	}

}
