package dev.steward.standup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.delivery.DeliveryQueue;
import dev.steward.team.Member;
import dev.steward.team.Team;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues prompts, reminders and reports, each in one transaction with its persisted marker, so each goes out once
 * however often the tick or {@code /standup now} asks.
 */
@Component
class StandupPrompter {

	private static final Logger log = LoggerFactory.getLogger(StandupPrompter.class);

	private final StandupRepository standups;

	private final StandupSummary summary;

	private final DeliveryQueue deliveries;

	private final TransactionTemplate transaction;

	private final List<StandupExtras> extras;

	StandupPrompter(StandupRepository standups, StandupSummary summary, DeliveryQueue deliveries,
			TransactionTemplate transaction, List<StandupExtras> extras) {
		this.standups = standups;
		this.summary = summary;
		this.deliveries = deliveries;
		this.transaction = transaction;
		this.extras = extras;
	}

	static String promptKey(Team team, Member member, LocalDate date) {
		return "prompt:" + team.id() + ":" + member.userId() + ":" + date;
	}

	static String reportKey(Team team, LocalDate date) {
		return "report:" + team.id() + ":" + date;
	}

	/** Prompts the member for the date unless they were prompted, answered or skipped already. */
	boolean prompt(Team team, StandupConfig config, LocalDate date, Member member, Instant now) {
		return Boolean.TRUE.equals(transaction.execute((status) -> {
			Run run = standups.run(team.id(), date, now);
			Entry entry = standups.entry(run.id(), member.id());
			if (entry.isAnswered() || entry.isSkipped()
					|| !standups.mark(run.id(), member.id(), StandupRepository.Marker.PROMPTED, now)) {
				return false;
			}
			deliveries.post(promptKey(team, member, date), team.direct(member.userId()),
					StandupMessages.prompt(team, run, member.displayName(), config.reportTime(), config.questions(),
							extras.stream().flatMap((extra) -> extra.promptNote(team, date).stream()).toList()));
			log.info("Prompted {} of team {} for {}", member.userId(), team.id(), date);
			return true;
		}));
	}

	/** Reminds the member if they were prompted, have not answered or skipped, and were not reminded yet. */
	void remind(Team team, StandupConfig config, LocalDate date, Member member, Instant now) {
		transaction.executeWithoutResult((status) -> standups.findRun(team.id(), date).ifPresent((run) -> {
			Entry entry = standups.entry(run.id(), member.id());
			if (entry.promptedAt() == null || entry.isAnswered() || entry.isSkipped() || run.isReported()
					|| !standups.mark(run.id(), member.id(), StandupRepository.Marker.REMINDED, now)) {
				return;
			}
			deliveries.post("reminder:" + team.id() + ":" + member.userId() + ":" + date,
					team.direct(member.userId()), StandupMessages.reminder(team, run, config.reportTime()));
			log.info("Reminded {} of team {} for {}", member.userId(), team.id(), date);
		}));
	}

	/** Posts the run's summary to the team channel unless it went out already. */
	void report(Team team, LocalDate date, Instant now) {
		transaction.executeWithoutResult((status) -> {
			Run run = standups.run(team.id(), date, now);
			if (run.isReported() || !standups.markReported(run.id(), now)) {
				return;
			}
			deliveries.post(reportKey(team, date), team.channel(), summary.compose(team, run));
			log.info("Reported the {} stand-up of team {}", date, team.id());
		});
	}

}
