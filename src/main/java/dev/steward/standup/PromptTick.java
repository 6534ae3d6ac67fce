package dev.steward.standup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import dev.steward.chat.UserProfile;
import dev.steward.chat.UserProfiles;
import dev.steward.scheduling.DueWork;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The prompts' part of the tick: reads, through an index, only the participants whose next prompt or reminder has
 * come; for each, does what is due (within the catch-up window) and stores when to look next. A tick with nothing due
 * is one query.
 */
@Component
@Order(10)
class PromptTick implements DueWork {

	static final int BATCH = 1000;

	/** When nothing is due within the look-ahead (a long leave or holiday), look again after this. */
	private static final Duration IDLE_RECHECK = Duration.ofDays(7);

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

	@Override
	public List<Long> units(Instant now) {
		return standups.membersDue(now, BATCH);
	}

	@Override
	public void runDue(long participantId, Instant now) {
		Optional<long[]> participant = standups.participant(participantId);
		if (participant.isEmpty()) {
			return;
		}
		Optional<StandupConfig> config = standups.standup(participant.get()[0]);
		Optional<Member> member = teams.member(participant.get()[1]);
		Optional<Team> team = config.flatMap((standup) -> teams.find(standup.teamId()));
		if (config.isEmpty() || member.isEmpty() || team.isEmpty() || !member.get().participates()) {
			standups.setNextDue(participantId, null);
			return;
		}
		StandupSchedule schedule = schedules.of(config.get(), team.get());
		Member current = withProfile(team.get(), member.get());
		if (current.reachable()) {
			due(team.get(), config.get(), schedule, current, now);
		}
		Instant next = schedule.nextDue(current, now);
		standups.setNextDue(participantId, next == null ? now.plus(IDLE_RECHECK) : next);
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
		if (profile.get().displayName().equals(member.displayName()) && java.util.Objects.equals(zone, member.zone())) {
			return member;
		}
		teams.updateProfile(member.id(), profile.get().displayName(), zone);
		return new Member(member.id(), member.teamId(), member.userId(), profile.get().displayName(), member.role(),
				member.participates(), zone, member.leave(), member.reachable());
	}

	private void due(Team team, StandupConfig config, StandupSchedule schedule, Member member, Instant now) {
		for (LocalDate date : schedule.candidateDates(now)) {
			if (member.isAwayOn(date)) {
				continue;
			}
			if (schedule.isDue(schedule.promptAt(date, member), now)) {
				prompter.prompt(team, config, schedule, date, member, now);
			}
			if (schedule.isReminderDue(date, member, now)) {
				prompter.remind(team, config, schedule, date, member, now);
			}
		}
	}

}
