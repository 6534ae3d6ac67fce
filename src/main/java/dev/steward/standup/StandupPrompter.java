package dev.steward.standup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatMessage;
import dev.steward.delivery.DeliveryKind;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.delivery.Lifetime;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues prompts, reminders and reports, each in one transaction with its persisted marker, so each goes out once
 * however often the tick or {@code /standup now} asks; and, when the summary goes out, takes the "Edit answers"
 * button off the answered prompts.
 */
@Component
class StandupPrompter {

	private static final Logger log = LoggerFactory.getLogger(StandupPrompter.class);

	private final StandupRepository standups;

	private final TeamRepository teams;

	private final StandupSummary summary;

	private final DeliveryQueue deliveries;

	private final TransactionTemplate transaction;

	private final List<StandupExtras> extras;

	StandupPrompter(StandupRepository standups, TeamRepository teams, StandupSummary summary,
			DeliveryQueue deliveries, TransactionTemplate transaction, List<StandupExtras> extras) {
		this.standups = standups;
		this.teams = teams;
		this.summary = summary;
		this.deliveries = deliveries;
		this.transaction = transaction;
		this.extras = extras;
	}

	static String promptKey(Run run, String userId) {
		return "prompt:s" + run.standupId() + ":" + userId + ":" + run.date();
	}

	static String reminderKey(Run run, String userId) {
		return "reminder:s" + run.standupId() + ":" + userId + ":" + run.date();
	}

	static String reportKey(Run run) {
		return "report:s" + run.standupId() + ":" + run.date();
	}

	/** Prompts the member for the date unless they were prompted, answered or skipped already. */
	boolean prompt(Team team, StandupConfig config, StandupSchedule schedule, LocalDate date, Member member,
			Instant now) {
		return prompt(team, config, schedule, date, member, now, schedule.reminderDeadline(date, member));
	}

	/**
	 * As above, with the prompt worth sending until the given instant (normally its reminder's deadline; later when
	 * a PM runs the stand-up by hand after its report time, which moves the report).
	 */
	boolean prompt(Team team, StandupConfig config, StandupSchedule schedule, LocalDate date, Member member,
			Instant now, Instant usefulUntil) {
		return Boolean.TRUE.equals(transaction.execute((status) -> {
			Run run = standups.run(config, date, now);
			Entry entry = standups.entry(run.id(), member.id());
			if (entry.isAnswered() || entry.isSkipped()
					|| !standups.mark(run.id(), member.id(), StandupRepository.Marker.PROMPTED, now)) {
				return false;
			}
			deliveries.post(promptKey(run, member.userId()), team.direct(member.userId()),
					StandupMessages.prompt(team, config, run, member, schedule, now,
							extras.stream().flatMap((extra) -> extra.promptNote(team, date).stream()).toList()),
					Lifetime.of(DeliveryKind.PROMPT, team.id(), usefulUntil));
			log.debug("Prompted {} of team {} for {}", member.userId(), team.id(), date);
			return true;
		}));
	}

	/** Reminds the member if they were prompted, have not answered or skipped, and were not reminded yet. */
	void remind(Team team, StandupConfig config, StandupSchedule schedule, LocalDate date, Member member,
			Instant now) {
		transaction.executeWithoutResult((status) -> standups.findRun(config.id(), date).ifPresent((run) -> {
			Entry entry = standups.entry(run.id(), member.id());
			if (entry.promptedAt() == null || entry.isAnswered() || entry.isSkipped()
					|| !standups.mark(run.id(), member.id(), StandupRepository.Marker.REMINDED, now)) {
				return;
			}
			deliveries.post(reminderKey(run, member.userId()), team.direct(member.userId()),
					StandupMessages.reminder(team, run, member, schedule),
					Lifetime.of(DeliveryKind.REMINDER, team.id(), schedule.reminderDeadline(date, member)));
			log.debug("Reminded {} of team {} for {}", member.userId(), team.id(), date);
		}));
	}

	/**
	 * Posts the run's summary to the team channel unless it went out already or nobody stands up, and freezes the
	 * answered prompts (their "Edit answers" button goes).
	 * @param late whether it goes out long after its time because Steward was not running, which it says
	 */
	void report(Team team, StandupConfig config, StandupSchedule schedule, LocalDate date, Instant now,
			boolean late) {
		if (teams.members(team.id()).stream().noneMatch(Member::participates)) {
			return;
		}
		transaction.executeWithoutResult((status) -> {
			Run run = standups.run(config, date, now);
			if (run.isReported() || !standups.markReported(run.id(), now)) {
				return;
			}
			Run reported = standups.findRun(run.id()).orElseThrow();
			deliveries.post(reportKey(run), team.channel(), summary.compose(team, schedule, reported, late),
					Lifetime.of(DeliveryKind.SUMMARY, team.id(), schedule.endOfNextWorkingDay(date)));
			freezeAnswered(team, reported);
			log.info("Reported the {} stand-up of team {}{}", date, team.id(), late ? " (late)" : "");
		});
	}

	/** Replaces the answered members' prompt (and reminder) with a final "answered" message without buttons. */
	private void freezeAnswered(Team team, Run run) {
		Map<Long, Entry> entries = standups.entries(run.id());
		for (Member member : teams.members(team.id())) {
			Entry entry = entries.get(member.id());
			if (entry != null && entry.isAnswered()) {
				updateOwnMessages(team, run, member, "final", StandupMessages.answered(run, true));
			}
		}
	}

	/**
	 * Puts the message in place of the member's prompt and reminder for the run, where they were posted, so the
	 * buttons on them tell the truth.
	 * @param updateKey what makes this update unique, such as {@code final} or {@code answered:<millis>}
	 */
	void updateOwnMessages(Team team, Run run, Member member, String updateKey, ChatMessage message) {
		for (String target : List.of(promptKey(run, member.userId()), reminderKey(run, member.userId()))) {
			if (deliveries.exists(target)) {
				deliveries.update(updateKey + ":" + target, target, team.direct(member.userId()), message);
			}
		}
	}

}
