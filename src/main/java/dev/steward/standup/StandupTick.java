package dev.steward.standup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.steward.chat.UserProfile;
import dev.steward.chat.UserProfiles;
import dev.steward.scheduling.DueWork;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;

/**
 * The stand-up's part of the tick: for each team, what is due since the last tick (prompts at each member's local
 * time, reminders, the report), within a catch-up window so a missed tick or a restart still sends it, once.
 */
@Component
class StandupTick implements DueWork {

	private final StandupRepository standups;

	private final TeamRepository teams;

	private final StandupPrompter prompter;

	private final UserProfiles profiles;

	private final StandupProperties properties;

	StandupTick(StandupRepository standups, TeamRepository teams, StandupPrompter prompter, UserProfiles profiles,
			StandupProperties properties) {
		this.standups = standups;
		this.teams = teams;
		this.prompter = prompter;
		this.profiles = profiles;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "standup";
	}

	@Override
	public List<Long> units(Instant now) {
		return standups.configuredTeamIds();
	}

	@Override
	public void runDue(long teamId, Instant now) {
		Optional<Team> team = teams.find(teamId);
		Optional<StandupConfig> config = standups.config(teamId);
		if (team.isEmpty() || config.isEmpty()) {
			return;
		}
		syncProfiles(team.get());
		StandupSchedule schedule = new StandupSchedule(config.get(), team.get().zone());
		List<Member> members = teams.members(teamId);
		for (LocalDate date : schedule.candidateDates(now)) {
			for (Member member : members) {
				if (member.participates() && member.reachable() && !member.isAwayOn(date)) {
					memberDue(team.get(), config.get(), schedule, date, member, now);
				}
			}
			if (within(schedule.reportAt(date), now) && members.stream().anyMatch(Member::participates)) {
				prompter.report(team.get(), date, now);
			}
		}
	}

	private void memberDue(Team team, StandupConfig config, StandupSchedule schedule, LocalDate date, Member member,
			Instant now) {
		if (within(schedule.promptAt(date, member), now)) {
			prompter.prompt(team, config, date, member, now);
		}
		if (!now.isBefore(schedule.reminderAt(date, member)) && now.isBefore(schedule.reportAt(date))) {
			prompter.remind(team, config, date, member, now);
		}
	}

	/** Whether the instant has come and the catch-up window after it has not passed. */
	private boolean within(Instant due, Instant now) {
		return !now.isBefore(due) && now.isBefore(due.plus(properties.catchUp()));
	}

	/** Refreshes names and zones from the platform (cached), so prompts follow each member's own clock. */
	private void syncProfiles(Team team) {
		for (Member member : teams.members(team.id())) {
			Optional<UserProfile> profile = profiles.lookup(team.platform(), team.workspaceId(), member.userId());
			profile.filter((p) -> !p.displayName().equals(member.displayName())
					|| (p.zone() != null && !p.zone().equals(member.zone())))
				.ifPresent((p) -> teams.updateProfile(member.id(), p.displayName(),
						p.zone() != null ? p.zone() : member.zone()));
		}
	}

}
