package dev.steward.impediment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.command.Actor;
import dev.steward.command.UsageException;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The impediment log: opens, finds, assigns and resolves impediments, checking who may do what. */
@Service
public class ImpedimentLog {

	private static final Logger log = LoggerFactory.getLogger(ImpedimentLog.class);

	private final ImpedimentRepository impediments;

	private final TeamRepository teams;

	private final TeamDirectory directory;

	private final DeliveryQueue deliveries;

	private final Clock clock;

	ImpedimentLog(ImpedimentRepository impediments, TeamRepository teams, TeamDirectory directory,
			DeliveryQueue deliveries, Clock clock) {
		this.impediments = impediments;
		this.teams = teams;
		this.directory = directory;
		this.deliveries = deliveries;
		this.clock = clock;
	}

	/**
	 * Opens an impediment and tells its owner when someone else reported it.
	 * @param sourceRunId the stand-up run whose blocker it came from, or null
	 */
	@Transactional
	public Impediment open(Team team, String title, String ownerId, String reporterId, Severity severity,
			Long sourceRunId) {
		if (title.isBlank()) {
			throw new UsageException("An impediment needs a description, for example: "
					+ "/impediment log CI pipeline is red @owner high");
		}
		if (title.length() > Impediment.MAX_TITLE) {
			throw new UsageException("That description is " + title.length() + " characters; keep it under "
					+ Impediment.MAX_TITLE + " and add details later.");
		}
		Instant now = clock.instant();
		long id = impediments.insert(team.id(), title, ownerId, reporterId, severity, sourceRunId, now);
		impediments.append(id, new ImpedimentEvent(now, reporterId, "OPENED",
				"Opened by <@" + reporterId + ">, owner <@" + ownerId + ">, severity " + severity.label()));
		Impediment impediment = impediments.find(id).orElseThrow();
		if (!ownerId.equals(reporterId)) {
			deliveries.post("impediment-owner:" + id + ":" + ownerId, team.direct(ownerId),
					ImpedimentMessages.assignedToYou(impediment, reporterId));
		}
		log.info("Opened {} for team {} (owner {}, {})", impediment.key(), team.id(), ownerId, severity.label());
		return impediment;
	}

	/** The impediment with its team, if it is in the actor's workspace; otherwise a message naming the id. */
	public Located locate(Actor actor, long id) {
		return impediments.find(id)
			.flatMap((impediment) -> teams.find(impediment.teamId())
				.filter((team) -> team.platform() == actor.platform()
						&& team.workspaceId().equals(actor.workspaceId()))
				.map((team) -> new Located(team, impediment)))
			.orElseThrow(() -> new UsageException("There is no " + Impediment.key(id)
					+ " here. Type /impediment list to see your team's impediments."));
	}

	@Transactional
	public Located assign(Actor actor, long id, String newOwnerId) {
		Located found = locate(actor, id);
		Impediment impediment = found.impediment();
		requireRight(found.team(), impediment, actor.userId());
		impediment.assign(newOwnerId, actor.userId(), clock.instant());
		impediments.save(impediment);
		if (!newOwnerId.equals(actor.userId())) {
			deliveries.post("impediment-owner:" + id + ":" + newOwnerId + ":" + clock.millis(),
					found.team().direct(newOwnerId), ImpedimentMessages.assignedToYou(impediment, actor.userId()));
		}
		log.info("Assigned {} to {} by {}", impediment.key(), newOwnerId, actor.userId());
		return found;
	}

	@Transactional
	public Located resolve(Actor actor, long id, String note) {
		Located found = locate(actor, id);
		Impediment impediment = found.impediment();
		requireRight(found.team(), impediment, actor.userId());
		impediment.resolve(actor.userId(), note, clock.instant());
		impediments.save(impediment);
		log.info("Resolved {} by {}", impediment.key(), actor.userId());
		return found;
	}

	public List<ImpedimentEvent> history(Impediment impediment) {
		return impediments.history(impediment.id());
	}

	public List<Impediment> openByTeam(Team team, int limit) {
		return impediments.openByTeam(team.id(), limit);
	}

	public List<Impediment> openOwnedBy(List<Team> inTeams, String ownerId, int limit) {
		return impediments.openByOwner(inTeams.stream().map(Team::id).toList(), ownerId, limit);
	}

	/** The impediment opened from this member's blocker answer in the run, if any. */
	public Optional<Impediment> fromStandup(long runId, String reporterId) {
		return impediments.fromStandup(runId, reporterId);
	}

	/** An impediment together with its team. */
	public record Located(Team team, Impediment impediment) {

	}

	private void requireRight(Team team, Impediment impediment, String actorId) {
		if (impediment.isOwnedOrReportedBy(actorId)) {
			return;
		}
		Optional<Member> member = teams.member(team.id(), actorId);
		if (member.isEmpty() || !member.get().isPm()) {
			throw new UsageException("Only the owner or reporter of " + impediment.key() + ", or a PM of "
					+ team.name() + ", can change it. PMs: " + String.join(", ", directory.pmNames(team)) + ".");
		}
	}

}
