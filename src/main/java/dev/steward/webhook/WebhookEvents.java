package dev.steward.webhook;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import dev.steward.chat.ChatMessage;
import dev.steward.delivery.DeliveryKind;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.delivery.Lifetime;
import dev.steward.impediment.ChangeArea;
import dev.steward.impediment.Impediment;
import dev.steward.impediment.LogKind;
import dev.steward.impediment.ImpedimentChanged;
import dev.steward.sprint.LessonRecorded;
import dev.steward.sprint.SprintChanged;
import dev.steward.standup.StandupReported;
import dev.steward.team.Team;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns a team's events into callbacks for the subscriptions that hear them, queued inside the transaction that
 * made the event, so an event is sent if and only if it happened. A callback's key names its event, so the same
 * event (a sprint started by command and again by its first day) is queued once.
 */
@Component
class WebhookEvents {

	/** Every event type a subscription can hear, in the order the dashboard lists them. */
	static final List<String> TYPES = List.of("impediment.opened", "impediment.escalated", "impediment.resolved",
			"impediment.reopened", "issue.opened", "issue.escalated", "issue.resolved", "issue.reopened",
			"change_request.opened", "change_request.assessed", "change_request.decided", "standup.reported",
			"sprint.started", "sprint.ended", "lesson.recorded");

	static final String TEST = "webhook.test";

	private final Subscriptions subscriptions;

	private final DeliveryQueue deliveries;

	private final WebhookProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	WebhookEvents(Subscriptions subscriptions, DeliveryQueue deliveries, WebhookProperties properties, JsonMapper json,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	void impedimentChanged(ImpedimentChanged changed) {
		Impediment impediment = changed.subject().impediment();
		String action = switch (changed.change()) {
			case OPENED -> "opened";
			case ESCALATED -> "escalated";
			case RESOLVED -> "resolved";
			case REOPENED -> "reopened";
			case ASSESSED -> "assessed";
			case DECIDED -> "decided";
			default -> null;
		};
		String type = impediment.kind().name().toLowerCase(java.util.Locale.ROOT) + "." + action;
		if (action == null || !TYPES.contains(type)) {
			return;
		}
		String event = switch (changed.change()) {
			case OPENED -> type + ":" + impediment.id();
			case ESCALATED -> type + ":" + impediment.id() + ":" + impediment.rung();
			default -> type + ":" + impediment.id() + ":" + UUID.randomUUID();
		};
		publish(changed.teamId(), type, event, impediment(changed.subject().team(), impediment));
	}

	@EventListener
	void standupReported(StandupReported reported) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("teamId", reported.teamId());
		data.put("standupId", reported.standupId());
		data.put("standup", reported.standup());
		data.put("date", reported.date().toString());
		data.put("asked", reported.asked());
		data.put("answered", reported.answered());
		data.put("late", reported.late());
		publish(reported.teamId(), "standup.reported", "standup.reported:" + reported.teamId() + ":s"
				+ reported.standupId() + ":" + reported.date(), data);
	}

	@EventListener
	void sprintChanged(SprintChanged changed) {
		String type = (changed.change() == SprintChanged.Change.STARTED) ? "sprint.started" : "sprint.ended";
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("teamId", changed.teamId());
		data.put("sprintId", changed.sprintId());
		data.put("name", changed.name());
		data.put("startsOn", changed.startsOn().toString());
		data.put("endsOn", changed.endsOn().toString());
		publish(changed.teamId(), type, type + ":" + changed.sprintId(), data);
	}

	@EventListener
	void lessonRecorded(LessonRecorded lesson) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("teamId", lesson.teamId());
		data.put("authorId", lesson.authorId());
		data.put("text", lesson.text());
		data.put("impediment", (lesson.impedimentId() != null) ? Impediment.key(lesson.impedimentId()) : null);
		publish(lesson.teamId(), "lesson.recorded", "lesson.recorded:" + UUID.randomUUID(), data);
	}

	/** Queues a test event for the one subscription, whatever it hears. */
	void test(Subscription subscription) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("teamId", subscription.teamId());
		data.put("message", "This is a test event from Steward.");
		queue(subscription, TEST, TEST + ":" + UUID.randomUUID(), data);
	}

	private void publish(long teamId, String type, String event, Map<String, Object> data) {
		for (Subscription subscription : subscriptions.hearing(teamId, type)) {
			queue(subscription, type, event, data);
		}
	}

	private void queue(Subscription subscription, String type, String event, Map<String, Object> data) {
		Instant now = clock.instant();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type);
		body.put("timestamp", now.atOffset(ZoneOffset.UTC).toString());
		body.put("data", data);
		deliveries.post("webhook:" + subscription.id() + ":" + event, subscription.conversation(),
				ChatMessage.text(json.writeValueAsString(body)),
				Lifetime.of(DeliveryKind.WEBHOOK, subscription.teamId(), now.plus(properties.lifetime())));
	}

	private static Map<String, Object> impediment(Team team, Impediment impediment) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("teamId", team.id());
		data.put("team", team.name());
		data.put("id", impediment.id());
		data.put("key", impediment.key());
		data.put("kind", impediment.kind().name().toLowerCase(java.util.Locale.ROOT));
		data.put("title", impediment.title());
		data.put("status", impediment.status().name().toLowerCase(java.util.Locale.ROOT));
		data.put("severity", impediment.severity().label());
		data.put("ownerId", impediment.ownerId());
		data.put("rung", impediment.rung());
		data.put("openedAt", impediment.openedAt().atOffset(ZoneOffset.UTC).toString());
		data.put("resolvedAt", (impediment.resolvedAt() != null)
				? impediment.resolvedAt().atOffset(ZoneOffset.UTC).toString() : null);
		data.put("resolutionNote", impediment.resolutionNote());
		if (impediment.kind() != LogKind.IMPEDIMENT) {
			data.put("impact", impediment.impact());
		}
		if (impediment.kind() == LogKind.CHANGE_REQUEST) {
			data.put("changes", impediment.changeAreas().stream().sorted().map(ChangeArea::label).toList());
			data.put("decision", (impediment.decision() != null) ? impediment.decision().label() : null);
			data.put("decisionReason", impediment.decisionReason());
		}
		return data;
	}

}
