package dev.steward.impediment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.steward.command.UsageException;

/**
 * An impediment and its lifecycle: each change is a method that refuses illegal moves, naming the current state,
 * and records a history event.
 */
public final class Impediment {

	static final int MAX_TITLE = 500;

	private final long id;

	private final long teamId;

	private final String title;

	private final String reporterId;

	private final Severity severity;

	private final Instant openedAt;

	private final Long sourceRunId;

	private String ownerId;

	private ImpedimentStatus status;

	private Instant resolvedAt;

	private String resolvedBy;

	private String resolutionNote;

	private final List<ImpedimentEvent> newEvents = new ArrayList<>();

	Impediment(long id, long teamId, String title, String ownerId, String reporterId, Severity severity,
			ImpedimentStatus status, Instant openedAt, Instant resolvedAt, String resolvedBy, String resolutionNote,
			Long sourceRunId) {
		this.id = id;
		this.teamId = teamId;
		this.title = title;
		this.ownerId = ownerId;
		this.reporterId = reporterId;
		this.severity = severity;
		this.status = status;
		this.openedAt = openedAt;
		this.resolvedAt = resolvedAt;
		this.resolvedBy = resolvedBy;
		this.resolutionNote = resolutionNote;
		this.sourceRunId = sourceRunId;
	}

	/** The id people type: {@code IMP-12}. */
	public static String key(long id) {
		return "IMP-" + id;
	}

	public String key() {
		return key(id);
	}

	/** Gives the impediment to someone else. */
	void assign(String newOwnerId, String actorId, Instant at) {
		requireOpen("reassign");
		if (newOwnerId.equals(ownerId)) {
			throw new UsageException(key() + " is already owned by that person.");
		}
		String previous = ownerId;
		ownerId = newOwnerId;
		newEvents.add(new ImpedimentEvent(at, actorId, "ASSIGNED", "Owner changed from <@" + previous + "> to <@"
				+ newOwnerId + ">"));
	}

	/** Marks it resolved, recording who resolved it, the note and the time it took. */
	void resolve(String actorId, String note, Instant at) {
		requireOpen("resolve");
		status = ImpedimentStatus.RESOLVED;
		resolvedAt = at;
		resolvedBy = actorId;
		resolutionNote = (note == null || note.isBlank()) ? null : note;
		newEvents.add(new ImpedimentEvent(at, actorId, "RESOLVED",
				"Resolved" + (resolutionNote == null ? "" : ": " + resolutionNote)));
	}

	private void requireOpen(String verb) {
		if (status == ImpedimentStatus.RESOLVED) {
			throw new UsageException("Cannot " + verb + " " + key() + ": it is resolved.");
		}
	}

	/** Whether the user may change it: its owner, its reporter, or a PM of its team. */
	boolean isOwnedOrReportedBy(String userId) {
		return userId.equals(ownerId) || userId.equals(reporterId);
	}

	/** How long it was (or has been) open. */
	public Duration age(Instant now) {
		return Duration.between(openedAt, resolvedAt != null ? resolvedAt : now);
	}

	List<ImpedimentEvent> drainEvents() {
		List<ImpedimentEvent> drained = List.copyOf(newEvents);
		newEvents.clear();
		return drained;
	}

	public long id() {
		return id;
	}

	public long teamId() {
		return teamId;
	}

	public String title() {
		return title;
	}

	public String ownerId() {
		return ownerId;
	}

	public String reporterId() {
		return reporterId;
	}

	public Severity severity() {
		return severity;
	}

	public ImpedimentStatus status() {
		return status;
	}

	public Instant openedAt() {
		return openedAt;
	}

	public Instant resolvedAt() {
		return resolvedAt;
	}

	public String resolvedBy() {
		return resolvedBy;
	}

	public String resolutionNote() {
		return resolutionNote;
	}

	public Long sourceRunId() {
		return sourceRunId;
	}

}
