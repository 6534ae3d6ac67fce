package dev.steward.standup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.UserProfile;
import dev.steward.chat.UserProfiles;
import dev.steward.scheduling.DueWork;
import dev.steward.scheduling.Tick;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The prompts' part of the tick: reads, through an index, only the stand-ups with participants whose next prompt or
 * reminder has come; for each, prompts and reminds them in one transaction per day (within the catch-up window) and
 * stores, in one batch, when to look at each next. A tick with nothing due is one query.
 */
@Component
@Order(10)
class PromptTick implements DueWork {

	static final int BATCH = 1000;

	/** When nothing is due within the look-ahead (a long leave or holiday), look again after this. */
	private static final Duration IDLE_RECHECK = Duration.ofDays(7);

	private static final Logger log = LoggerFactory.getLogger(PromptTick.class);

	private final StandupRepository standups;

	private final TeamRepository teams;

	private final StandupPrompter prompter;

	private final Schedules schedules;

	private final UserProfiles profiles;

	PromptTick(StandupRepository standups, TeamRepository teams, StandupPrompter prompter, Schedules schedules,
			UserProfiles profiles) {
		this.standups = standups;
		this.profiles = profiles;
		this.teams = teams;
		this.prompter = prompter;
		this.schedules = schedules;
	}

	@Override
	public String name() {
		return "prompts";
	}

	/** Each stand-up's participants, run, markers and prompts are its own. */
	@Override
	public boolean unitsIndependent() {
		return true;
	}

	@Override
	public List<Long> units(Instant now) {
		return standups.standupsDue(now, BATCH);
	}

	@Override
	public void runDue(long standupId, Instant now) {
		Map<Long, Long> due = standups.participantsDue(standupId, now);
		Optional<StandupConfig> config = standups.standup(standupId);
		Optional<Team> team = config.flatMap((standup) -> teams.find(standup.teamId()));
		team.ifPresent((found) -> Tick.aboutTeam(found.id()));
		Map<Long, Instant> next = new HashMap<>();
		if (config.isEmpty() || team.isEmpty()) {
			due.keySet().forEach((participant) -> next.put(participant, null));
			standups.setNextDue(next);
			return;
		}
		StandupSchedule schedule = schedules.of(config.get(), team.get());
		Map<Long, Member> members = teams.members(team.get().id())
			.stream()
			.collect(Collectors.toMap(Member::id, (member) -> member));
		Map<LocalDate, List<Member>> prompts = new TreeMap<>();
		Map<LocalDate, List<Member>> reminders = new TreeMap<>();
		Map<Long, Member> participants = new HashMap<>();
		for (Map.Entry<Long, Long> participant : due.entrySet()) {
			Member member = members.get(participant.getValue());
			if (member == null || !member.participates()) {
				next.put(participant.getKey(), null);
				continue;
			}
			Member current = withProfile(team.get(), member);
			participants.put(participant.getKey(), current);
			if (current.reachable()) {
				collect(schedule, current, now, prompts, reminders);
			}
		}
		prompts.forEach((date, people) -> prompter.promptAll(team.get(), config.get(), schedule, date, people, now));
		reminders.forEach((date, people) -> prompter.remindAll(team.get(), config.get(), schedule, date, people, now));
		participants.forEach((participant, member) -> {
			Instant at = schedule.nextDue(member, now);
			next.put(participant, (at == null) ? now.plus(IDLE_RECHECK) : at);
		});
		standups.setNextDue(next);
		if (!prompts.isEmpty()) {
			log.debug("Prompts of stand-up {}: {} looked at", standupId, due.size());
		}
	}

	/**
	 * The member with the name and zone Steward already knows from the workspace's directory, stored if they changed;
	 * never calls the platform, so a tick with thousands due does not wait on it.
	 */
	private Member withProfile(Team team, Member member) {
		Optional<UserProfile> profile = profiles.known(team.platform(), team.workspaceId(), member.userId());
		if (profile.isEmpty()) {
			return member;
		}
		ZoneId zone = profile.get().zone() != null ? profile.get().zone() : member.zone();
		if (profile.get().displayName().equals(member.displayName()) && Objects.equals(zone, member.zone())) {
			return member;
		}
		teams.updateProfile(member.id(), profile.get().displayName(), zone);
		return new Member(member.id(), member.teamId(), member.userId(), profile.get().displayName(), member.role(),
				member.participates(), zone, member.leave(), member.reachable(), member.language());
	}

	/** Adds the member to the dates on which their prompt or reminder is due now. */
	private static void collect(StandupSchedule schedule, Member member, Instant now,
			Map<LocalDate, List<Member>> prompts, Map<LocalDate, List<Member>> reminders) {
		for (LocalDate date : schedule.candidateDates(now)) {
			if (member.isAwayOn(date)) {
				continue;
			}
			if (schedule.isDue(schedule.promptAt(date, member), now)) {
				prompts.computeIfAbsent(date, (day) -> new ArrayList<>()).add(member);
			}
			if (schedule.isReminderDue(date, member, now)) {
				reminders.computeIfAbsent(date, (day) -> new ArrayList<>()).add(member);
			}
		}
	}

}
