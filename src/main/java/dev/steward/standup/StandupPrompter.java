package dev.steward.standup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.delivery.DeliveryKind;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.delivery.Lifetime;
import dev.steward.i18n.Words;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;
import org.springframework.context.ApplicationEventPublisher;
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

	private final MeterRegistry meters;

	private final ApplicationEventPublisher events;

	StandupPrompter(StandupRepository standups, TeamRepository teams, StandupSummary summary,
			DeliveryQueue deliveries, TransactionTemplate transaction, List<StandupExtras> extras,
			MeterRegistry meters, ApplicationEventPublisher events) {
		this.events = events;
		this.standups = standups;
		this.teams = teams;
		this.summary = summary;
		this.deliveries = deliveries;
		this.transaction = transaction;
		this.extras = extras;
		this.meters = meters;
	}

	/** The summary's news for other features: how many were asked and answered. */
	private StandupReported reported(Team team, StandupConfig config, Run run, boolean late) {
		Map<Long, Entry> entries = standups.entries(run.id());
		int asked = (int) entries.values().stream().filter((entry) -> entry.promptedAt() != null).count();
		int answered = (int) entries.values().stream().filter(Entry::isAnswered).count();
		return new StandupReported(team.id(), config.id(), config.name(), run.date(), asked, answered, late);
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
		return promptAll(team, config, schedule, date, List.of(member), now) == 1;
	}

	/**
	 * As above, with the prompt worth sending until the given instant (normally its reminder's deadline; later when
	 * a PM runs the stand-up by hand after its report time, which moves the report).
	 */
	boolean prompt(Team team, StandupConfig config, StandupSchedule schedule, LocalDate date, Member member,
			Instant now, Instant usefulUntil) {
		return prompt(team, config, schedule, date, List.of(member), now, (prompted) -> usefulUntil) == 1;
	}

	/**
	 * Prompts each of the members for the date who was not prompted, has not answered and has not skipped, in one
	 * transaction with their markers; returns how many were prompted.
	 */
	int promptAll(Team team, StandupConfig config, StandupSchedule schedule, LocalDate date, List<Member> members,
			Instant now) {
		return prompt(team, config, schedule, date, members, now,
				(member) -> schedule.reminderDeadline(date, member));
	}

	/** What other features add to the prompt, in the reader's words. */
	private List<Text> notes(Words words, Team team, LocalDate date) {
		return extras.stream().flatMap((extra) -> extra.promptNote(words, team, date).stream()).toList();
	}

	private int prompt(Team team, StandupConfig config, StandupSchedule schedule, LocalDate date,
			List<Member> members, Instant now, Function<Member, Instant> usefulUntil) {
		Integer prompted = transaction.execute((status) -> {
			Run run = standups.run(config, date, now);
			List<Member> marked = mark(run, members, StandupRepository.Marker.PROMPTED, now,
					(entry) -> entry.promptedAt() == null);
			if (marked.isEmpty()) {
				return 0;
			}
			Map<Words, List<Text>> notes = new HashMap<>();
			String named = standups.nameIfSeveral(config);
			postEarlyReport(team, config, schedule, run);
			deliveries.postAll(marked.stream()
				.map((member) -> new DeliveryQueue.Outgoing(promptKey(run, member.userId()), team.direct(member.userId()),
						StandupMessages.prompt(team, config, run, member, schedule, now,
								notes.computeIfAbsent(member.words(team), (words) -> notes(words, team, date)), named),
						Lifetime.of(DeliveryKind.PROMPT, team.id(), usefulUntil.apply(member))))
				.toList());
			log.debug("Prompted {} of team {} for {}", marked.size(), team.id(), date);
			return marked.size();
		});
		int count = (prompted != null) ? prompted : 0;
		countSent("prompt", count);
		return count;
	}

	/** Reminds the member if they were prompted, have not answered or skipped, and were not reminded yet. */
	void remind(Team team, StandupConfig config, StandupSchedule schedule, LocalDate date, Member member,
			Instant now) {
		remindAll(team, config, schedule, date, List.of(member), now);
	}

	/**
	 * Reminds each of the members who was prompted for the date, has not answered or skipped, and was not reminded
	 * yet, in one transaction with their markers.
	 */
	void remindAll(Team team, StandupConfig config, StandupSchedule schedule, LocalDate date, List<Member> members,
			Instant now) {
		Integer reminded = transaction.execute((status) -> standups.findRun(config.id(), date).map((run) -> {
			List<Member> marked = mark(run, members, StandupRepository.Marker.REMINDED, now,
					(entry) -> entry.promptedAt() != null && entry.remindedAt() == null);
			String named = standups.nameIfSeveral(config);
			deliveries.postAll(marked.stream()
				.map((member) -> new DeliveryQueue.Outgoing(reminderKey(run, member.userId()),
						team.direct(member.userId()), StandupMessages.reminder(team, run, member, schedule, named),
						Lifetime.of(DeliveryKind.REMINDER, team.id(), schedule.reminderDeadline(date, member))))
				.toList());
			log.debug("Reminded {} of team {} for {}", marked.size(), team.id(), date);
			return marked.size();
		}).orElse(0));
		countSent("reminder", (reminded != null) ? reminded : 0);
	}

	/** Counts prompts and reminders queued, once their transaction has committed. */
	private void countSent(String kind, int count) {
		if (count > 0) {
			meters.counter("steward.standup.prompts", "kind", kind).increment(count);
		}
	}

	/**
	 * Sets the marker for the members whose entry (a missing entry is a blank one) is open, not answered or skipped,
	 * and passes the test; returns those whose marker this call set.
	 */
	private List<Member> mark(Run run, List<Member> members, StandupRepository.Marker marker, Instant now,
			Predicate<Entry> open) {
		Map<Long, Entry> entries = standups.entries(run.id());
		List<Member> candidates = members.stream().filter((member) -> {
			Entry entry = entries.getOrDefault(member.id(), new Entry(run.id(), member.id(), null, null, null, null));
			return !entry.isAnswered() && !entry.isSkipped() && open.test(entry);
		}).toList();
		if (candidates.isEmpty()) {
			return List.of();
		}
		Set<Long> marked = Set.copyOf(
				standups.markAll(run.id(), candidates.stream().map(Member::id).toList(), marker, now));
		return candidates.stream().filter((member) -> marked.contains(member.id())).toList();
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
			ReportStyle style = standups.reportStyle(reported);
			ChatMessage report = StandupMessages.summaryForChannel((style == ReportStyle.THREAD)
					? summary.threadHeader(team, schedule, reported, late)
					: summary.compose(team, schedule, reported, late), reported, teams.members(team.id()));
			if (style.postsEarly()) {
				postEarlyReport(team, config, schedule, reported);
				deliveries.update("report-final:" + run.id(), reportKey(run), team.channel(), report,
						Lifetime.of(DeliveryKind.SUMMARY, team.id(), schedule.endOfNextWorkingDay(date)));
			}
			else {
				deliveries.post(reportKey(run), team.channel(), report,
						Lifetime.of(DeliveryKind.SUMMARY, team.id(), schedule.endOfNextWorkingDay(date)));
			}
			freezeAnswered(team, reported);
			events.publishEvent(reported(team, config, reported, late));
			log.info("Reported the {} stand-up of team {}{}", date, team.id(), late ? " (late)" : "");
		});
	}

	/**
	 * Posts the report's message when the stand-up starts, for a threaded or live report, unless it is out already:
	 * the parent the answers reply to, or the summary kept up to date.
	 * @return whether this call queued it
	 */
	boolean postEarlyReport(Team team, StandupConfig config, StandupSchedule schedule, Run run) {
		ReportStyle style = standups.reportStyle(run);
		if (!style.postsEarly() || deliveries.exists(reportKey(run))) {
			return false;
		}
		ChatMessage message = (style == ReportStyle.THREAD) ? summary.threadHeader(team, schedule, run, false)
				: summary.compose(team, schedule, run, false);
		return deliveries.post(reportKey(run), team.channel(),
				StandupMessages.summaryForChannel(message, run, teams.members(team.id())),
				Lifetime.of(DeliveryKind.SUMMARY, team.id(), schedule.endOfNextWorkingDay(run.date())));
	}

	/** Replaces the answered members' prompt (and reminder) with a final "answered" message without buttons. */
	private void freezeAnswered(Team team, Run run) {
		Map<Long, Entry> entries = standups.entries(run.id());
		for (Member member : teams.members(team.id())) {
			Entry entry = entries.get(member.id());
			if (entry != null && entry.isAnswered()) {
				updateOwnMessages(team, run, member, "final", StandupMessages.answered(member.words(team), run, true));
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
