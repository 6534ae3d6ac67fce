package dev.steward.standup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.steward.scheduling.DueWork;
import dev.steward.scheduling.Tick;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The reports' part of the tick: reads, through an index, only the stand-ups whose report has come, posts each
 * summary once, and stores when the next report falls. A report Steward slept through, however long ago, still goes
 * out on the next tick, marked late.
 */
@Component
@Order(20)
class ReportTick implements DueWork {

	private static final Duration IDLE_RECHECK = Duration.ofDays(7);

	private final StandupRepository standups;

	private final TeamRepository teams;

	private final StandupPrompter prompter;

	private final Schedules schedules;

	ReportTick(StandupRepository standups, TeamRepository teams, StandupPrompter prompter, Schedules schedules) {
		this.standups = standups;
		this.teams = teams;
		this.prompter = prompter;
		this.schedules = schedules;
	}

	@Override
	public String name() {
		return "reports";
	}

	@Override
	public List<Long> units(Instant now) {
		return standups.reportsDue(now, PromptTick.BATCH);
	}

	@Override
	public void runDue(long standupId, Instant now) {
		Optional<StandupConfig> config = standups.standup(standupId);
		Optional<Team> team = config.flatMap((standup) -> teams.find(standup.teamId()));
		if (team.isEmpty()) {
			standups.setNextReport(standupId, null, null);
			return;
		}
		Tick.aboutTeam(team.get().id());
		StandupSchedule schedule = schedules.of(config.get(), team.get());
		standups.nextReport(standupId)
			.ifPresent((due) -> prompter.report(team.get(), config.get(), schedule, due.date(), now,
					!schedule.isDue(due.at(), now)));
		for (LocalDate date : schedule.candidateDates(now)) {
			if (schedule.isDue(schedule.reportAt(date), now)) {
				prompter.report(team.get(), config.get(), schedule, date, now, false);
			}
		}
		LocalDate next = schedule.nextReportDate(now);
		if (next == null) {
			standups.setNextReport(standupId, now.plus(IDLE_RECHECK), null);
		}
		else {
			standups.setNextReport(standupId, schedule.reportAt(next), next);
		}
	}

}
