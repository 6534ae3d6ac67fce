package dev.steward.impediment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.command.Actor;
import dev.steward.command.UsageException;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.i18n.Words;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;
import dev.steward.team.TeamRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The impediment log: opens impediments and carries out every change on them, checking who may do what, and
 * publishes an {@link ImpedimentChanged} for each.
 */
@Service
public class ImpedimentLog {

	private static final Logger log = LoggerFactory.getLogger(ImpedimentLog.class);

	/** The actor id Steward uses for its own changes (snoozes ending, automatic escalations). */
	public static final String STEWARD = "steward";

	private final ImpedimentRepository impediments;

	private final TeamRepository teams;

	private final TeamDirectory directory;

	private final DeliveryQueue deliveries;

	private final WorkingAge ages;

	private final ApplicationEventPublisher events;

	private final ChangeRequestProperties changeRequests;

	private final ImpedimentHelpers helpers;

	private final Clock clock;

	ImpedimentLog(ImpedimentRepository impediments, TeamRepository teams, TeamDirectory directory,
			DeliveryQueue deliveries, WorkingAge ages, ApplicationEventPublisher events,
			ChangeRequestProperties changeRequests, ImpedimentHelpers helpers, Clock clock) {
		this.helpers = helpers;
		this.changeRequests = changeRequests;
		this.impediments = impediments;
		this.teams = teams;
		this.directory = directory;
		this.deliveries = deliveries;
		this.ages = ages;
		this.events = events;
		this.clock = clock;
	}

	/** An impediment together with its team. */
	public record Located(Team team, Impediment impediment) {

	}

	/**
	 * Opens an impediment and tells its owner when someone else reported it.
	 * @param reporter the member of the team who reports it, as the caller found them
	 * @param sourceRunId the stand-up run whose blocker it came from, or null
	 */
	@Transactional
	public Impediment open(Team team, String title, String ownerId, Member reporter, Severity severity,
			Long sourceRunId) {
		return open(team, LogKind.IMPEDIMENT, title, ownerId, reporter, severity, sourceRunId, Impediment.Details.NONE);
	}

	/**
	 * Opens an entry of the kind and tells its owner when someone else reported it; a change request waits for a
	 * PM's assessment, and reminds the PMs once when it has waited {@code steward.change-requests.triage-after}.
	 */
	@Transactional
	public Impediment open(Team team, LogKind kind, String title, String ownerId, Member reporter, Severity severity,
			Long sourceRunId, Impediment.Details details) {
		String reporterId = reporter.userId();
		requireLoggable(kind, title, details);
		if (!ownerId.equals(reporterId)) {
			requireInTeam(team, ownerId);
		}
		Instant now = clock.instant();
		long id = impediments.insert(team.id(), kind, title, ownerId, reporterId, severity, sourceRunId, now, details);
		impediments.append(id, opened(now, kind, reporterId, ownerId, severity, details.impact()));
		Impediment impediment = Impediment.opened(id, team.id(), kind, title, ownerId, reporterId, severity,
				sourceRunId, now, details);
		if (kind == LogKind.CHANGE_REQUEST) {
			impediments.scheduleTriage(id, ages.calendar(team).plus(now, changeRequests.triageAfter(), Set.of()));
		}
		else {
			helpers.tag(team, impediment, reporterId, now);
		}
		if (!ownerId.equals(reporterId)) {
			deliveries.post("impediment-owner:" + id + ":" + ownerId, team.direct(ownerId),
					ImpedimentMessages.assignedToYou(helpers.wordsOf(team, ownerId), impediment, reporterId));
		}
		events.publishEvent(new ImpedimentChanged(new Located(team, impediment), ImpedimentChanged.Change.OPENED));
		log.info("Opened {} for team {} (owner {}, {})", impediment.key(), team.id(), ownerId, severity.label());
		return impediment;
	}

	private static void requireLoggable(LogKind kind, String title, Impediment.Details details) {
		Words words = Words.current();
		if (title.isBlank()) {
			throw new UsageException(words.get("impediment.refused.description-missing." + kind.name()));
		}
		if (title.length() > Impediment.MAX_TITLE) {
			throw new UsageException(words.get("impediment.refused.description-too-long",
					Integer.toString(title.length()), Integer.toString(Impediment.MAX_TITLE)));
		}
		if (details.impact() != null && details.impact().length() > Impediment.MAX_NOTE) {
			throw new UsageException(words.get("impediment.refused.logged-impact-too-long",
					Integer.toString(details.impact().length()), Integer.toString(Impediment.MAX_NOTE)));
		}
	}

	/** The first line of an entry's history: who logged it, its owner, its severity and any impact. */
	static ImpedimentEvent opened(Instant now, LogKind kind, String reporterId, String ownerId,
			Severity severity, String impact) {
		boolean request = kind == LogKind.CHANGE_REQUEST;
		String detail = (request ? "Requested by <@" : "Opened by <@") + reporterId + ">, owner <@" + ownerId
				+ ">, severity " + severity.label() + (impact == null ? "" : "; impact: " + impact);
		String key = (request ? "OPENED.request" : "OPENED") + (impact == null ? "" : ".impact");
		History.Phrase phrase = impact == null
				? History.phrase(key, "<@" + reporterId + ">", "<@" + ownerId + ">", History.label(severity))
				: History.phrase(key, "<@" + reporterId + ">", "<@" + ownerId + ">", History.label(severity), impact);
		return new ImpedimentEvent(now, reporterId, "OPENED", detail, phrase.encoded());
	}

	/**
	 * Records that a person the blocker tagged has seen it: no more nudges, a line in its history, and the others
	 * involved are told.
	 */
	@Transactional
	public Located acknowledge(Actor actor, long id) {
		Located found = locate(actor, id);
		Instant now = clock.instant();
		if (!helpers.isHelper(id, actor.userId())) {
			throw new UsageException(Words.current().get("impediment.refused.not-a-helper", found.impediment().key()));
		}
		if (helpers.acknowledge(id, actor.userId(), now)) {
			String actorMention = "<@" + actor.userId() + ">";
			impediments.append(id, new ImpedimentEvent(now, actor.userId(), "ACKNOWLEDGED",
					actorMention + " acknowledged they can help",
					History.phrase("ACKNOWLEDGED", actorMention).encoded()));
			helpers.tellInvolved(found, actor.userId(), "ack:" + actor.userId(),
					(words) -> ImpedimentMessages.involvedUpdate(words, found.impediment(), actor.userId(),
							"acknowledged"));
		}
		return found;
	}

	/** The people the impediment's text tagged as able to help, in the order they were tagged. */
	public List<String> helpers(Impediment impediment) {
		return helpers.helpers(impediment.id()).stream().map(ImpedimentHelpers.Helper::userId).toList();
	}

	/** Nudges the helpers of the impediment whose daily nudge has come. */
	@Transactional
	public void nudgeHelpers(long id, Instant now) {
		find(id).ifPresent((found) -> helpers.nudge(found, now));
	}

	/** The impediments with a helper due a nudge, through the index. */
	public List<Long> dueForHelperNudge(Instant now, int limit) {
		return helpers.dueForNudge(now, limit);
	}

	/** Restates what an issue or a change request does to the work; whoever may change it may. */
	@Transactional
	public Located changeImpact(Actor actor, long id, String impact) {
		if (locate(actor, id).impediment().kind() == LogKind.CHANGE_REQUEST) {
			throw new UsageException(Words.current().get("impediment.refused.impact-of-change-request",
					LogKind.CHANGE_REQUEST.key(id)));
		}
		return change(actor, id, ImpedimentChanged.Change.IMPACT,
				(impediment) -> impediment.changeImpact(impact, actor.userId(), clock.instant()));
	}

	/** A PM's assessment of a change request: its impact and what it changes; the triage reminder is then not due. */
	@Transactional
	public Located assess(Actor actor, long id, String impact, Set<ChangeArea> areas) {
		Located found = triagedByPm(actor, id, "assess");
		found.impediment().assess(impact, areas, actor.userId(), clock.instant());
		save(found, ImpedimentChanged.Change.ASSESSED);
		impediments.scheduleTriage(id, null);
		return found;
	}

	/** A PM's decision on a change request, announced to whoever asked for it. */
	@Transactional
	public Located decide(Actor actor, long id, Decision decision, String reason) {
		Located found = triagedByPm(actor, id, decision.verb());
		Impediment request = found.impediment();
		request.decide(decision, reason, actor.userId(), clock.instant());
		save(found, ImpedimentChanged.Change.DECIDED);
		impediments.scheduleTriage(id, null);
		if (!request.reporterId().equals(actor.userId())) {
			deliveries.post("change-decision:" + id + ":" + request.decidedAt().toEpochMilli(),
					found.team().direct(request.reporterId()),
					ImpedimentMessages.decided(helpers.wordsOf(found.team(), request.reporterId()), request));
		}
		return found;
	}

	/** The team's change requests decided in the window (a sprint, say), in the order they were decided. */
	public List<Impediment> changesDecided(Team team, Instant from, Instant to) {
		return impediments.decidedBetween(team.id(), from, to);
	}

	/** The teams with a change request whose PMs are due a reminder to assess it. */
	public List<Long> teamsDueForTriage(Instant now) {
		return impediments.teamsDueForTriage(now);
	}

	/**
	 * Reminds the team's PMs, once, of each change request that has waited its time for an assessment.
	 * @return how many change requests they were reminded of
	 */
	@Transactional
	public int remindTriage(long teamId, Instant now) {
		Optional<Team> team = teams.find(teamId);
		if (team.isEmpty()) {
			return 0;
		}
		List<Member> pms = teams.members(teamId).stream().filter(Member::isPm).toList();
		if (pms.isEmpty()) {
			return 0;
		}
		List<Impediment> waiting = impediments.dueForTriage(teamId, now).stream()
			.filter((request) -> request.status() == ImpedimentStatus.OPEN && impediments.claimTriage(request.id()))
			.toList();
		if (waiting.isEmpty()) {
			return 0;
		}
		for (Member pm : pms) {
			deliveries.post("change-triage:" + teamId + ":" + pm.userId() + ":" + waiting.get(0).id(),
					team.get().direct(pm.userId()),
					ImpedimentMessages.triageReminder(pm.words(team.get()), team.get(), waiting));
		}
		log.info("Reminded the PMs of team {} of {} change requests waiting for an assessment", teamId, waiting.size());
		return waiting.size();
	}

	/** The impediment with its team, if it is in the actor's workspace; otherwise a message naming the id. */
	public Located locate(Actor actor, long id) {
		return impediments.find(id)
			.flatMap((impediment) -> teams.find(impediment.teamId())
				.filter((team) -> team.platform() == actor.platform()
						&& team.workspaceId().equals(actor.workspaceId()))
				.map((team) -> new Located(team, impediment)))
			.orElseThrow(() -> new UsageException(Words.current().get("impediment.refused.not-here",
					Impediment.key(id))));
	}

	/** The impediment with its team, for Steward's own work. */
	public Optional<Located> find(long id) {
		return impediments.find(id)
			.flatMap((impediment) -> teams.find(impediment.teamId()).map((team) -> new Located(team, impediment)));
	}

	@Transactional
	public Located assign(Actor actor, long id, String newOwnerId) {
		Located found = changeable(actor, id);
		requireInTeam(found.team(), newOwnerId);
		found.impediment().assign(newOwnerId, actor.userId(), clock.instant());
		save(found, ImpedimentChanged.Change.ASSIGNED);
		if (!newOwnerId.equals(actor.userId())) {
			deliveries.post("impediment-owner:" + id + ":" + newOwnerId + ":" + clock.millis(),
					found.team().direct(newOwnerId), ImpedimentMessages.assignedToYou(
							helpers.wordsOf(found.team(), newOwnerId), found.impediment(), actor.userId()));
		}
		return found;
	}

	@Transactional
	public Located resolve(Actor actor, long id, String note) {
		Located found = helpers.isHelper(id, actor.userId()) ? locate(actor, id) : changeable(actor, id);
		Instant now = clock.instant();
		Duration workingTime = ages.of(found.impediment(), found.team(), now);
		found.impediment().resolve(actor.userId(), note, now, workingTime);
		save(found, ImpedimentChanged.Change.RESOLVED);
		helpers.tellInvolved(found, actor.userId(), "resolved:" + now.toEpochMilli(),
				(words) -> ImpedimentMessages.involvedUpdate(words, found.impediment(), actor.userId(), "resolved"));
		return found;
	}

	/** Opens it again; a change request's decision is a PM's, so only a PM reopens one, and its triage starts again. */
	@Transactional
	public Located reopen(Actor actor, long id) {
		Located found = locate(actor, id);
		if (found.impediment().kind() == LogKind.CHANGE_REQUEST) {
			triagedByPm(actor, id, "reopen");
		}
		Located reopened = change(actor, id, ImpedimentChanged.Change.REOPENED,
				(impediment) -> impediment.reopen(actor.userId(), clock.instant()));
		if (reopened.impediment().kind() == LogKind.CHANGE_REQUEST && reopened.impediment().assessedAt() == null) {
			impediments.scheduleTriage(id, ages.calendar(reopened.team())
				.plus(clock.instant(), changeRequests.triageAfter(), Set.of()));
		}
		return reopened;
	}

	/** Pauses its climb until the instant, which its history gives as a day and time in the zone. */
	@Transactional
	public Located snooze(Actor actor, long id, Instant until, ZoneId zone) {
		return change(actor, id, ImpedimentChanged.Change.SNOOZED,
				(impediment) -> impediment.snooze(until, zone, actor.userId(), clock.instant()));
	}

	/** Adds a comment; anyone in the team may, stakeholders included. */
	@Transactional
	public Located comment(Actor actor, long id, String text) {
		Located found = locate(actor, id);
		directory.requireMember(found.team(), actor.userId());
		Instant now = clock.instant();
		found.impediment().comment(text, actor.userId(), now);
		save(found, ImpedimentChanged.Change.COMMENTED);
		helpers.tellInvolved(found, actor.userId(), "comment:" + now.toEpochMilli(),
				(words) -> ImpedimentMessages.involvedUpdate(words, found.impediment(), actor.userId(), "commented"));
		return found;
	}

	/**
	 * Links the impediment to the tracker issue (or any page) it concerns; anyone in the team may. Linking the same
	 * address again changes nothing.
	 */
	@Transactional
	public Located link(Actor actor, long id, String url) {
		TrackerLink link = TrackerLink.of(url);
		Located found = locate(actor, id);
		directory.requireMember(found.team(), actor.userId());
		Instant now = clock.instant();
		if (impediments.addLink(id, link, actor.userId(), now)) {
			found.impediment().linked(link, actor.userId(), now);
			save(found, ImpedimentChanged.Change.LINKED);
		}
		return found;
	}

	/**
	 * When the impediment was named at a stand-up, and by which member.
	 *
	 * @param at when
	 * @param memberId the member who named it
	 */
	public record StandupMention(Instant at, long memberId) {
	}

	/** The stand-ups where the impediment was given as a blocker, oldest first. */
	public List<StandupMention> standupMentions(Impediment impediment) {
		return impediments.standupMentions(impediment.id());
	}

	/** The tracker issues and pages the impediment links to, in the order they were added. */
	public List<TrackerLink> links(Impediment impediment) {
		return impediments.links(impediment.id());
	}

	/** The links of every impediment of the team, by impediment id, for exports. */
	public java.util.Map<Long, List<TrackerLink>> linksOfTeam(Team team) {
		return impediments.linksOfTeam(team.id());
	}

	/**
	 * Asks the owner for an update on the impediment's progress, once a day per person asking; anyone in the team
	 * may, which is what a stakeholder does instead of resolving.
	 * @return false when the person had asked already today
	 */
	@Transactional
	public boolean askForUpdate(Actor actor, long id) {
		Located found = locate(actor, id);
		directory.requireMember(found.team(), actor.userId());
		Impediment impediment = found.impediment();
		if (!impediment.status().isActive()) {
			Words words = Words.current();
			throw new UsageException(words.get("impediment.refused.nothing-to-ask", impediment.key(),
					impediment.describeStatus(words)));
		}
		LocalDate today = clock.instant().atZone(found.team().zone()).toLocalDate();
		if (!deliveries.post("update-request:" + id + ":" + actor.userId() + ":" + today,
				found.team().direct(impediment.ownerId()), ImpedimentMessages.updateRequested(
						helpers.wordsOf(found.team(), impediment.ownerId()), impediment, actor.userId()))) {
			return false;
		}
		impediment.requestUpdate(actor.userId(), clock.instant());
		save(found, ImpedimentChanged.Change.UPDATE_REQUESTED);
		return true;
	}

	@Transactional
	public Located changeSeverity(Actor actor, long id, Severity severity) {
		return change(actor, id, ImpedimentChanged.Change.SEVERITY,
				(impediment) -> impediment.changeSeverity(severity, actor.userId(), clock.instant()));
	}

	@Transactional
	public Located changeDueDate(Actor actor, long id, LocalDate dueDate) {
		return change(actor, id, ImpedimentChanged.Change.DUE,
				(impediment) -> impediment.changeDueDate(dueDate, actor.userId(), clock.instant()));
	}

	/** Folds one impediment into another of the same team; the target keeps every reporter. */
	@Transactional
	public Located merge(Actor actor, long fromId, long intoId) {
		Located from = changeable(actor, fromId);
		Located into = changeable(actor, intoId);
		from.impediment().mergeInto(into.impediment(), actor.userId(), clock.instant());
		save(from, ImpedimentChanged.Change.MERGED);
		impediments.scheduleTriage(fromId, null);
		impediments.reporters(fromId).forEach((reporter) -> impediments.addReporter(intoId, reporter));
		if (!impediments.save(into.impediment())) {
			throw changedMeanwhile(into.impediment());
		}
		return into;
	}

	/**
	 * Moves the impediment from its current rung to the next one, unless another instance (or person) changed it
	 * first: of several instances escalating at once exactly one wins, through the version check.
	 * @return the impediment after the change, or empty when it was no longer at {@code fromRung}
	 */
	@Transactional
	public Optional<Located> escalate(long id, int fromRung, int toRung, String actorId, String detail) {
		return escalate(id, fromRung, toRung, actorId, detail, null);
	}

	/**
	 * As above, with the history line written by the caller in any of Steward's languages: stored in English, and shown
	 * to each reader in theirs.
	 */
	public Optional<Located> escalate(long id, int fromRung, int toRung, String actorId,
			Function<Words, String> detail) {
		return escalate(id, fromRung, toRung, actorId, detail.apply(Words.ENGLISH), History.written(detail));
	}

	private Optional<Located> escalate(long id, int fromRung, int toRung, String actorId, String detail,
			History.Phrase phrase) {
		Optional<Located> found = find(id);
		if (found.isEmpty() || found.get().impediment().rung() != fromRung
				|| !found.get().impediment().status().isActive()) {
			return Optional.empty();
		}
		found.get().impediment().escalate(toRung, actorId, clock.instant(), detail, phrase);
		if (!impediments.save(found.get().impediment())) {
			return Optional.empty();
		}
		publish(found.get(), ImpedimentChanged.Change.ESCALATED);
		return found;
	}

	/** Ends a snooze whose time has come, reading the impediment afresh so no concurrent change is lost. */
	@Transactional
	public void wake(long id, Instant now) {
		find(id).filter((found) -> found.impediment().status() == ImpedimentStatus.SNOOZED
				&& !found.impediment().snoozedUntil().isAfter(now))
			.ifPresent((found) -> {
				Impediment impediment = found.impediment();
				Duration snoozed = ages.calendar(found.team())
					.between(impediment.snoozedAt(), now, ages.ownerAway(impediment));
				impediment.wake(STEWARD, now, snoozed);
				if (impediments.save(impediment)) {
					publish(found, ImpedimentChanged.Change.WOKE);
				}
			});
	}

	/** Sets when the escalation scan should look at the impediment next (null: never). */
	public void scheduleCheck(long id, Instant at) {
		impediments.scheduleCheck(id, at);
	}

	/** The impediments whose next escalation check has come, through the index. */
	public List<Long> dueForCheck(Instant now, int limit) {
		return impediments.dueForCheck(now, limit);
	}

	public List<ImpedimentEvent> history(Impediment impediment) {
		return impediments.history(impediment.id());
	}

	public List<String> reporters(Impediment impediment) {
		return impediments.reporters(impediment.id());
	}

	/** One page of the team's log, filtered and ordered as the query says. */
	public ImpedimentPage search(Team team, ImpedimentQuery query) {
		return impediments.search(team.id(), query);
	}

	/** Each of the team's impediments in turn, read as the caller takes them, for exports of any size. */
	public void forEachInTeam(Team team, java.util.function.Consumer<Impediment> each) {
		impediments.forEachInTeam(team.id(), each);
	}

	/**
	 * One history line of an entry of the log, for exports.
	 *
	 * @param id the entry's id
	 * @param key the id people type, with its kind's prefix
	 * @param event the line
	 */
	public record EntryEvent(long id, String key, ImpedimentEvent event) {
	}

	/** Each history line of the team's log in turn, by entry and time, for exports of any size. */
	public void forEachEventInTeam(Team team, java.util.function.Consumer<EntryEvent> each) {
		impediments.forEachEventInTeam(team.id(), each);
	}

	/** The team's active entries of every kind, longest climbing first. */
	public List<Impediment> activeByTeam(Team team, int limit) {
		return impediments.activeByTeam(team.id(), EnumSet.allOf(LogKind.class), limit);
	}

	/** The team's active entries of the kind, longest climbing first. */
	public List<Impediment> activeByTeam(Team team, LogKind kind, int limit) {
		return impediments.activeByTeam(team.id(), EnumSet.of(kind), limit);
	}

	/** The active entries of every kind the user owns in the teams, longest climbing first. */
	public List<Impediment> activeOwnedBy(List<Team> inTeams, String ownerId, int limit) {
		return activeOwnedBy(inTeams, ownerId, EnumSet.allOf(LogKind.class), limit);
	}

	/** The active entries of the kinds the user owns in the teams, longest climbing first. */
	public List<Impediment> activeOwnedBy(List<Team> inTeams, String ownerId, Set<LogKind> kinds, int limit) {
		return impediments.activeByOwner(inTeams.stream().map(Team::id).toList(), ownerId, kinds, limit);
	}

	List<Impediment> staleByTeam(Team team, LogKind kind, Instant quietSince, int limit) {
		return impediments.staleByTeam(team.id(), kind, quietSince, limit);
	}

	/**
	 * The impediment the member named as their blocker at the stand-up run, if any, followed to the one it was
	 * merged into.
	 */
	public Optional<Impediment> fromStandup(long runId, long memberId) {
		return impediments.fromStandup(runId, memberId).map(this::current);
	}

	/** The impediment itself or, if it was merged, the one it ended up in. */
	public Impediment current(Impediment impediment) {
		Impediment current = impediment;
		for (int depth = 0; current.status() == ImpedimentStatus.MERGED && depth < 20; depth++) {
			Optional<Impediment> into = impediments.find(current.mergedInto());
			if (into.isEmpty()) {
				break;
			}
			current = into.get();
		}
		return current;
	}

	/** The active impediments the user owns or reported in the team: what they may still be blocked by. */
	public List<Impediment> openFor(Team team, String userId, int limit) {
		return impediments.activeOwnedOrReportedBy(team.id(), userId, limit);
	}

	/**
	 * Records that the member's blocker at the stand-up run is this impediment (opened from it, or still blocking
	 * them), with a history line when it is not the first time.
	 * @return how many stand-ups have named it so far
	 */
	@Transactional
	public int recordStandup(Impediment impediment, long runId, Member member, LocalDate date) {
		Impediment current = current(impediment);
		Instant now = clock.instant();
		if (impediments.recordStandup(current.id(), runId, member.id(), now)
				&& !Long.valueOf(runId).equals(current.sourceRunId())) {
			String mention = "<@" + member.userId() + ">";
			impediments.append(current.id(), new ImpedimentEvent(now, member.userId(), "STANDUP",
					"Still blocking " + mention + " at the stand-up of " + Words.ENGLISH.dayWithYear(date),
					History.phrase("STANDUP", mention, History.dayWithYear(date)).encoded()));
		}
		return impediments.standupCount(current.id());
	}

	/** Whether the user may change the impediment: its owner, its reporter, or a PM of its team. */
	public boolean mayChange(Team team, Impediment impediment, String userId) {
		if (impediment.isOwnedOrReportedBy(userId)) {
			return true;
		}
		Optional<Member> member = teams.member(team.id(), userId);
		return member.isPresent() && member.get().isPm();
	}

	/** Applies a transition by someone allowed to change the impediment, and saves it. */
	private Located change(Actor actor, long id, ImpedimentChanged.Change change,
			java.util.function.Consumer<Impediment> transition) {
		Located found = changeable(actor, id);
		transition.accept(found.impediment());
		save(found, change);
		return found;
	}

	private void requireInTeam(Team team, String ownerId) {
		if (teams.member(team.id(), ownerId).isEmpty()) {
			throw new UsageException(Words.current().get("impediment.refused.owner-not-in-team", "<@" + ownerId + ">",
					team.name()));
		}
	}

	private Located triagedByPm(Actor actor, long id, String verb) {
		Located found = locate(actor, id);
		Optional<Member> member = teams.member(found.team().id(), actor.userId());
		if (member.isEmpty() || !member.get().isPm()) {
			throw new UsageException(Words.current().get("impediment.refused.pm-only." + verb, found.team().name(),
					found.impediment().key(), String.join(", ", directory.pmNames(found.team()))));
		}
		return found;
	}

	private Located changeable(Actor actor, long id) {
		Located found = locate(actor, id);
		if (!mayChange(found.team(), found.impediment(), actor.userId())) {
			throw new UsageException(Words.current().get("impediment.refused.not-yours", found.impediment().key(),
					found.team().name(), String.join(", ", directory.pmNames(found.team()))));
		}
		return found;
	}

	/** Saves a person's change; if someone else changed the impediment meanwhile, asks them to try again. */
	private void save(Located found, ImpedimentChanged.Change change) {
		if (!impediments.save(found.impediment())) {
			throw changedMeanwhile(found.impediment());
		}
		publish(found, change);
	}

	private void publish(Located found, ImpedimentChanged.Change change) {
		events.publishEvent(new ImpedimentChanged(found, change));
		log.info("{} {} in team {}", change, found.impediment().key(), found.team().id());
	}

	private static UsageException changedMeanwhile(Impediment impediment) {
		return new UsageException(Words.current().get("impediment.refused.changed-meanwhile", impediment.key()));
	}

}
