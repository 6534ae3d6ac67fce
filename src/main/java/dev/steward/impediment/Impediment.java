package dev.steward.impediment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.steward.command.UsageException;
import dev.steward.i18n.Words;

/**
 * An entry of the execution log (an impediment, an issue or a change request) and its lifecycle. Each change is a
 * method that refuses an illegal move with a message naming the current state, and records a history event.
 */
public final class Impediment {

	static final int MAX_TITLE = 500;

	static final int MAX_COMMENT = 2000;

	static final int MAX_NOTE = 1000;

	private final long id;

	private final long teamId;

	private final LogKind kind;

	private final String title;

	private final String reporterId;

	private final Instant openedAt;

	private final Long sourceRunId;

	private final State state;

	private final List<ImpedimentEvent> newEvents = new ArrayList<>();

	private final List<Pause> newPauses = new ArrayList<>();

	Impediment(long id, long teamId, LogKind kind, String title, String reporterId, Instant openedAt,
			Long sourceRunId, State state) {
		this.id = id;
		this.teamId = teamId;
		this.kind = kind;
		this.title = title;
		this.reporterId = reporterId;
		this.openedAt = openedAt;
		this.sourceRunId = sourceRunId;
		this.state = state;
	}

	/** The impediment just inserted with these values, as reading it back would give it. */
	static Impediment opened(long id, long teamId, LogKind kind, String title, String ownerId, String reporterId,
			Severity severity, Long sourceRunId, Instant at, Details details) {
		State state = new State();
		state.ownerId = ownerId;
		state.severity = severity;
		state.status = ImpedimentStatus.OPEN;
		state.climbStartedAt = at;
		state.impact = details.impact();
		state.changeAreas = details.areas();
		return new Impediment(id, teamId, kind, title, reporterId, at, sourceRunId, state);
	}

	/**
	 * What an issue or a change request carries beyond an impediment's fields when it is logged.
	 *
	 * @param impact its impact as the reporter saw it, or null
	 * @param areas what a change request changes; empty for other kinds
	 */
	public record Details(String impact, Set<ChangeArea> areas) {

		public static final Details NONE = new Details(null, Set.of());

		public Details {
			impact = (impact == null || impact.isBlank()) ? null : impact.strip();
			areas = areas.isEmpty() ? EnumSet.noneOf(ChangeArea.class) : EnumSet.copyOf(areas);
		}

	}

	/** The mutable part of an impediment, as stored. */
	static final class State {

		String ownerId;

		Severity severity;

		ImpedimentStatus status;

		int rung;

		Instant climbStartedAt;

		Instant snoozedAt;

		Instant snoozedUntil;

		Duration paused = Duration.ZERO;

		LocalDate dueDate;

		Long mergedInto;

		Instant resolvedAt;

		String resolvedBy;

		String resolutionNote;

		Duration resolvedWorkingTime;

		String impact;

		Set<ChangeArea> changeAreas = EnumSet.noneOf(ChangeArea.class);

		Instant assessedAt;

		String assessedBy;

		Decision decision;

		String decisionReason;

		Instant decidedAt;

		String decidedBy;

		/** The stored version; a save only succeeds if nobody saved another change meanwhile. */
		int version;

	}

	/** The id people type for an impediment: {@code IMP-12}. */
	public static String key(long id) {
		return LogKind.IMPEDIMENT.key(id);
	}

	/** The id people type, with its kind's prefix: {@code IMP-12}, {@code ISS-13}, {@code CR-14}. */
	public String key() {
		return kind.key(id);
	}

	void assign(String newOwnerId, String actorId, Instant at) {
		requireActive("reassign");
		if (newOwnerId.equals(state.ownerId)) {
			throw refused("already-owned", key());
		}
		String previous = state.ownerId;
		state.ownerId = newOwnerId;
		record(at, actorId, "ASSIGNED", "Owner changed from <@" + previous + "> to <@" + newOwnerId + ">",
				History.phrase("ASSIGNED", "<@" + previous + ">", "<@" + newOwnerId + ">"));
	}

	/** Marks it resolved, recording who resolved it, the note and the working time it took. */
	void resolve(String actorId, String note, Instant at, Duration workingTime) {
		requireNotChangeRequest("resolved", "not-resolved");
		requireActive("resolve");
		if (note != null && note.length() > MAX_NOTE) {
			throw refused("note-too-long", Integer.toString(note.length()), Integer.toString(MAX_NOTE));
		}
		endSnooze(at);
		state.status = ImpedimentStatus.RESOLVED;
		state.resolvedAt = at;
		state.resolvedBy = actorId;
		state.resolutionNote = (note == null || note.isBlank()) ? null : note;
		state.resolvedWorkingTime = workingTime;
		state.snoozedAt = null;
		state.snoozedUntil = null;
		record(at, actorId, "RESOLVED", "Resolved" + (state.resolutionNote == null ? "" : ": " + state.resolutionNote),
				state.resolutionNote == null ? History.phrase("RESOLVED")
						: History.phrase("RESOLVED.note", state.resolutionNote));
	}

	/** Opens a resolved impediment again; it climbs from the first rung, after that rung's threshold. */
	void reopen(String actorId, Instant at) {
		if (state.status != ImpedimentStatus.RESOLVED) {
			throw refused("reopen-not-resolved", key(), describeStatus(words()));
		}
		state.status = ImpedimentStatus.OPEN;
		state.rung = 0;
		state.climbStartedAt = at;
		state.paused = Duration.ZERO;
		state.resolvedAt = null;
		state.resolvedBy = null;
		state.resolutionNote = null;
		state.resolvedWorkingTime = null;
		state.decision = null;
		state.decisionReason = null;
		state.decidedAt = null;
		state.decidedBy = null;
		boolean request = kind == LogKind.CHANGE_REQUEST;
		record(at, actorId, "REOPENED", request ? "Reopened for a new decision" : "Reopened",
				History.phrase(request ? "REOPENED.request" : "REOPENED"));
	}

	/** Pauses the climb until the instant, which its history gives as a day and a time in the zone. */
	void snooze(Instant until, ZoneId zone, String actorId, Instant at) {
		requireNotChangeRequest("snoozed", "not-snoozed");
		requireActive("snooze");
		if (!until.isAfter(at)) {
			throw refused("snooze-past");
		}
		if (state.status != ImpedimentStatus.SNOOZED) {
			state.snoozedAt = at;
		}
		state.status = ImpedimentStatus.SNOOZED;
		state.snoozedUntil = until;
		ZonedDateTime local = until.atZone(zone);
		LocalDate today = at.atZone(zone).toLocalDate();
		String time = Words.ENGLISH.time(local.toLocalTime());
		record(at, actorId, "SNOOZED", "Snoozed until " + Words.ENGLISH.day(local.toLocalDate(), today) + " " + time
				+ " (" + zone.getId() + ")",
				History.phrase("SNOOZED", History.day(local.toLocalDate(), today), time, zone.getId()));
	}

	/** Ends a snooze, adding the working time it lasted to the paused time. */
	void wake(String actorId, Instant at, Duration snoozedWorkingTime) {
		if (state.status != ImpedimentStatus.SNOOZED) {
			return;
		}
		state.paused = state.paused.plus(snoozedWorkingTime);
		endSnooze(at);
		state.status = state.rung > 0 ? ImpedimentStatus.ESCALATED : ImpedimentStatus.OPEN;
		state.snoozedAt = null;
		state.snoozedUntil = null;
		record(at, actorId, "WOKE", "Snooze ended", History.phrase("WOKE"));
	}

	/** Moves it up to the rung; each rung fires at most once. */
	void escalate(int rung, String actorId, Instant at, String detail, History.Phrase phrase) {
		requireNotChangeRequest("escalated", "not-escalated");
		requireActive("escalate");
		if (rung <= state.rung) {
			throw refused("already-at-rung", key(), Integer.toString(state.rung));
		}
		state.rung = rung;
		state.status = state.status == ImpedimentStatus.SNOOZED ? ImpedimentStatus.SNOOZED : ImpedimentStatus.ESCALATED;
		record(at, actorId, "ESCALATED", detail, phrase);
	}

	void linked(TrackerLink link, String actorId, Instant at) {
		record(at, actorId, "LINKED", "Linked " + link.label() + ": " + link.url(),
				History.phrase("LINKED", link.label(), link.url()));
	}

	void comment(String text, String actorId, Instant at) {
		if (state.status == ImpedimentStatus.MERGED) {
			throw refused("comment-merged", key(), kind.key(state.mergedInto));
		}
		if (text.isBlank()) {
			throw refused("comment-empty", key());
		}
		if (text.length() > MAX_COMMENT) {
			throw refused("comment-too-long", Integer.toString(text.length()), Integer.toString(MAX_COMMENT));
		}
		record(at, actorId, "COMMENTED", text, History.phrase("COMMENTED", text));
	}

	/** Records that someone asked the owner for an update. */
	void requestUpdate(String actorId, Instant at) {
		requireActive("ask-update");
		record(at, actorId, "UPDATE_REQUESTED", "Asked <@" + state.ownerId + "> for an update",
				History.phrase("UPDATE_REQUESTED", "<@" + state.ownerId + ">"));
	}

	void changeSeverity(Severity severity, String actorId, Instant at) {
		requireActive("severity");
		if (severity == state.severity) {
			throw refused("already-severity", key(), severity.label(words()));
		}
		record(at, actorId, "SEVERITY", "Severity changed from " + state.severity.label() + " to " + severity.label(),
				History.phrase("SEVERITY", History.label(state.severity), History.label(severity)));
		state.severity = severity;
	}

	void changeDueDate(LocalDate dueDate, String actorId, Instant at) {
		requireActive("due");
		state.dueDate = dueDate;
		record(at, actorId, "DUE", dueDate == null ? "Due date removed" : "Due by " + dueDate,
				dueDate == null ? History.phrase("DUE.removed") : History.phrase("DUE", dueDate.toString()));
	}

	/** Folds this impediment into the target, which records the merge and this one's reporter. */
	void mergeInto(Impediment target, String actorId, Instant at) {
		if (target.id == id) {
			throw refused("merge-itself");
		}
		if (target.teamId != teamId) {
			throw refused("merge-other-team", key(), target.key());
		}
		if (target.kind != kind) {
			throw refused("merge-other-kind", key(), kind.withArticle(words()), target.key(),
					target.kind.withArticle(words()));
		}
		requireActive("merge");
		target.requireActive("merge-into");
		endSnooze(at);
		state.status = ImpedimentStatus.MERGED;
		state.mergedInto = target.id;
		state.snoozedAt = null;
		state.snoozedUntil = null;
		record(at, actorId, "MERGED", "Merged into " + target.key(), History.phrase("MERGED", target.key()));
		target.record(at, actorId, "MERGED_IN", "Merged in " + key() + " (reported by <@" + reporterId + ">): " + title,
				History.phrase("MERGED_IN", key(), "<@" + reporterId + ">", title));
	}

	/** Records what an issue or a change request does to the work; anyone who may change it may restate it. */
	void changeImpact(String impact, String actorId, Instant at) {
		if (kind == LogKind.IMPEDIMENT) {
			throw refused("impact-impediment", key());
		}
		requireActive("impact");
		requireImpact(impact);
		state.impact = impact.strip();
		record(at, actorId, "IMPACT", "Impact: " + state.impact, History.phrase("IMPACT", state.impact));
	}

	/** A PM's assessment of a change request: its impact and, if given, what it changes. */
	void assess(String impact, Set<ChangeArea> areas, String actorId, Instant at) {
		requireChangeRequest("assessed");
		requireActive("assess");
		requireImpact(impact);
		state.impact = impact.strip();
		if (!areas.isEmpty()) {
			state.changeAreas = EnumSet.copyOf(areas);
		}
		state.assessedAt = at;
		state.assessedBy = actorId;
		record(at, actorId, "ASSESSED", "Assessed: " + state.impact
				+ (state.changeAreas.isEmpty() ? "" : " (changes " + ChangeArea.describe(state.changeAreas) + ")"),
				state.changeAreas.isEmpty() ? History.phrase("ASSESSED", state.impact)
						: History.phrase("ASSESSED.areas", state.impact, History.areas(state.changeAreas)));
	}

	/** A PM's decision on a change request, with the reason; approving needs an assessment first. */
	void decide(Decision decision, String reason, String actorId, Instant at) {
		requireChangeRequest(decision.label());
		requireActive(decision.verb());
		if (reason == null || reason.isBlank()) {
			throw refused("reason-missing", decision.verb(), key());
		}
		if (reason.length() > MAX_NOTE) {
			throw refused("reason-too-long", Integer.toString(reason.length()), Integer.toString(MAX_NOTE));
		}
		if (decision == Decision.APPROVED && state.assessedAt == null) {
			throw refused("not-assessed", key());
		}
		state.status = ImpedimentStatus.RESOLVED;
		state.decision = decision;
		state.decisionReason = reason.strip();
		state.decidedAt = at;
		state.decidedBy = actorId;
		state.resolvedAt = at;
		state.resolvedBy = actorId;
		record(at, actorId, decision.name(), capitalised(decision.label()) + ": " + state.decisionReason,
				History.phrase(decision.name(), state.decisionReason));
	}

	private void requireImpact(String impact) {
		if (impact == null || impact.isBlank()) {
			throw refused("impact-missing");
		}
		if (impact.length() > MAX_NOTE) {
			throw refused("impact-too-long", Integer.toString(impact.length()), Integer.toString(MAX_NOTE));
		}
	}

	private void requireChangeRequest(String done) {
		if (kind != LogKind.CHANGE_REQUEST) {
			throw refused("only-change-requests." + done, key(), kind.withArticle(words()));
		}
	}

	private void requireNotChangeRequest(String done, String instead) {
		if (kind == LogKind.CHANGE_REQUEST) {
			throw refused("change-request." + instead, key());
		}
	}

	private static String capitalised(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	/** Keeps the snooze that ends now, so the age at any earlier instant still leaves it out. */
	private void endSnooze(Instant at) {
		if (state.status == ImpedimentStatus.SNOOZED && state.snoozedAt != null && at.isAfter(state.snoozedAt)) {
			newPauses.add(new Pause(state.snoozedAt, at, Duration.ZERO));
		}
	}

	private void requireActive(String verb) {
		if (!state.status.isActive()) {
			Words words = words();
			throw new UsageException(words.get("impediment.cannot." + verb, key(), describeStatus(words)));
		}
	}

	/** Its state as people read it: {@code open}, {@code snoozed}, {@code merged into IMP-4}, {@code approved}. */
	public String describeStatus() {
		return describeStatus(Words.ENGLISH);
	}

	/** Its state in the words: {@code offen}, {@code zurückgestellt}, {@code zusammengeführt in IMP-4}. */
	public String describeStatus(Words words) {
		if (state.decision != null && state.status == ImpedimentStatus.RESOLVED) {
			return state.decision.label(words);
		}
		if (kind == LogKind.CHANGE_REQUEST && state.status == ImpedimentStatus.OPEN) {
			return words.get(state.assessedAt == null ? "impediment.status.awaiting-assessment"
					: "impediment.status.awaiting-decision");
		}
		if (state.status == ImpedimentStatus.MERGED) {
			return words.get("impediment.status.merged-into", kind.key(state.mergedInto));
		}
		return words.get("impediment.status." + state.status.name());
	}

	/** The words of whoever is changing it: every refusal is a reply to them. */
	private static Words words() {
		return Words.current();
	}

	private static UsageException refused(String key, Object... args) {
		return new UsageException(words().get("impediment.refused." + key, args));
	}

	private void record(Instant at, String actorId, String kind, String detail, History.Phrase phrase) {
		newEvents.add(new ImpedimentEvent(at, actorId, kind, detail, phrase == null ? null : phrase.encoded()));
	}

	/** Whether the user may change it: its owner or its reporter (PMs are checked by the log). */
	boolean isOwnedOrReportedBy(String userId) {
		return userId.equals(state.ownerId) || userId.equals(reporterId);
	}

	/** Wall-clock time since it was opened, until it was resolved. */
	public Duration age(Instant now) {
		return Duration.between(openedAt, state.resolvedAt != null ? state.resolvedAt : now);
	}

	List<Pause> drainPauses() {
		List<Pause> drained = List.copyOf(newPauses);
		newPauses.clear();
		return drained;
	}

	List<ImpedimentEvent> drainEvents() {
		List<ImpedimentEvent> drained = List.copyOf(newEvents);
		newEvents.clear();
		return drained;
	}

	State state() {
		return state;
	}

	public long id() {
		return id;
	}

	public long teamId() {
		return teamId;
	}

	public LogKind kind() {
		return kind;
	}

	/** What an issue or a change request does to the work, or null when nobody has said. */
	public String impact() {
		return state.impact;
	}

	/** What a change request changes; empty when nobody has said, and for the other kinds. */
	public Set<ChangeArea> changeAreas() {
		return Set.copyOf(state.changeAreas);
	}

	/** When a PM assessed the change request, or null. */
	public Instant assessedAt() {
		return state.assessedAt;
	}

	public String assessedBy() {
		return state.assessedBy;
	}

	/** The PM's decision on the change request, or null while it waits for one. */
	public Decision decision() {
		return state.decision;
	}

	public String decisionReason() {
		return state.decisionReason;
	}

	public Instant decidedAt() {
		return state.decidedAt;
	}

	public String decidedBy() {
		return state.decidedBy;
	}

	public String title() {
		return title;
	}

	public String ownerId() {
		return state.ownerId;
	}

	public String reporterId() {
		return reporterId;
	}

	public Severity severity() {
		return state.severity;
	}

	public ImpedimentStatus status() {
		return state.status;
	}

	public int rung() {
		return state.rung;
	}

	public Instant openedAt() {
		return openedAt;
	}

	/** When the climb started: opened, or last reopened. */
	public Instant climbStartedAt() {
		return state.climbStartedAt;
	}

	public Instant snoozedAt() {
		return state.snoozedAt;
	}

	public Instant snoozedUntil() {
		return state.snoozedUntil;
	}

	/** Working time spent snoozed in finished snoozes, which does not count towards the age. */
	public Duration paused() {
		return state.paused;
	}

	public LocalDate dueDate() {
		return state.dueDate;
	}

	public Long mergedInto() {
		return state.mergedInto;
	}

	public Instant resolvedAt() {
		return state.resolvedAt;
	}

	public String resolvedBy() {
		return state.resolvedBy;
	}

	public String resolutionNote() {
		return state.resolutionNote;
	}

	/** The working time it took to resolve, or null while unresolved. */
	public Duration resolvedWorkingTime() {
		return state.resolvedWorkingTime;
	}

	public Long sourceRunId() {
		return sourceRunId;
	}

}
