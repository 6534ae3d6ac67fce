package dev.steward.standup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.ChatMessage;
import dev.steward.command.Actor;
import dev.steward.command.UsageException;
import dev.steward.delivery.DeliveryKind;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.delivery.Lifetime;
import dev.steward.i18n.Words;
import dev.steward.impediment.Impediment;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.impediment.Severity;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores stand-up answers and skips: turns a real blocker into an impediment, or records it against the one the
 * member already has open; confirms in the member's DM; keeps their prompt's buttons true; and adds a late answer to
 * the summary that already went out.
 */
@Service
class AnswerService {

	private static final Logger log = LoggerFactory.getLogger(AnswerService.class);

	private final StandupRepository standups;

	private final TeamRepository teams;

	private final TeamDirectory directory;

	private final ImpedimentLog impediments;

	private final StandingBlockers standing;

	private final StandupSummary summary;

	private final StandupPrompter prompter;

	private final Schedules schedules;

	private final DeliveryQueue deliveries;

	private final List<StandupExtras> extras;

	private final Clock clock;

	private final MeterRegistry meters;

	private final StandupScores scores;

	AnswerService(StandupRepository standups, TeamRepository teams, TeamDirectory directory,
			ImpedimentLog impediments, StandingBlockers standing, StandupSummary summary, StandupPrompter prompter,
			Schedules schedules, DeliveryQueue deliveries, List<StandupExtras> extras, Clock clock,
			MeterRegistry meters, StandupScores scores) {
		this.standups = standups;
		this.scores = scores;
		this.teams = teams;
		this.directory = directory;
		this.impediments = impediments;
		this.standing = standing;
		this.summary = summary;
		this.prompter = prompter;
		this.schedules = schedules;
		this.deliveries = deliveries;
		this.extras = extras;
		this.clock = clock;
		this.meters = meters;
	}

	/** A run with its team, config and the acting member, checked. */
	record Context(Team team, StandupConfig config, Run run, Member member, Entry entry) {

		/** The member's words, which their prompt was written in. */
		Words words() {
			return member.words(team);
		}

	}

	/**
	 * What the member answered, as submitted.
	 *
	 * @param texts the answers in question order
	 * @param stillBlockedBy the open impediment the member said still blocks them, or null
	 * @param todayGoal the goal "today" serves, or null
	 * @param blockerGoal the goal the blocker puts at risk, or null
	 */
	record Answers(List<String> texts, Long stillBlockedBy, String todayGoal, String blockerGoal) {

		static Answers of(List<String> texts) {
			return new Answers(texts, null, null, null);
		}

	}

	/** Finds the run and the actor's part in it, or says why they cannot answer it, in the actor's words. */
	Context context(Actor actor, long runId) {
		Words words = Words.current();
		Run run = standups.findRun(runId).orElseThrow(() -> new UsageException(words.get("answers.run.gone")));
		Team team = teams.find(run.teamId()).orElseThrow();
		Member member = directory.requireMember(team, actor.userId());
		StandupConfig config = standups.standup(run.standupId())
			.orElseThrow(() -> new UsageException(words.get("answers.run.not-configured", team.name())));
		if (standups.isRemoved(config.id())) {
			throw new UsageException(words.get("answers.run.removed"));
		}
		return new Context(team, config, run, member, standups.entry(run.id(), member.id()));
	}

	/** Stores the actor's answers to the run, in question order; a refusal is in the actor's words. */
	@Transactional
	public void answer(Actor actor, long runId, Answers given) {
		Words words = Words.current();
		Context context = context(actor, runId);
		requireOpen(context, words);
		List<Question> questions = context.config().questions();
		TypedAnswers typed = TypedAnswers.read(questions, given.texts(), context.team().language(), words);
		if (!typed.problems().isEmpty()) {
			throw new UsageException(String.join(" ", typed.problems().values()));
		}
		Instant now = clock.instant();
		List<Answer> answers = typed.answers(questions);
		standups.saveAnswers(context.run().id(), context.member().id(), answers, now);
		scores.save(context.run().id(), context.member().id(), questions, typed.scores());
		Long blocker = blocker(context, answers, given.stillBlockedBy());
		extras.forEach((extra) -> extra.answered(context.team(), context.run().id(), context.member(),
				given.todayGoal(), given.blockerGoal(), blocker));
		confirm(context, now);
		countOnceStored(context.entry().isAnswered() ? "edit" : "first");
		log.info("Stored the {} stand-up answers of {} in team {}", context.run().date(), actor.userId(),
				context.team().id());
	}

	/** Refuses answers to a run whose summary went out with them already, or to a paused stand-up's. */
	private static void requireOpen(Context context, Words words) {
		if (context.run().isReported() && context.entry().isAnswered()) {
			throw closed(words, context.run().date());
		}
		StandupPause pause = context.config().pause();
		if (pause != null && pause.covers(context.run().date())) {
			String day = words.day(context.run().date());
			throw new UsageException((pause.until() == null) ? words.get("answers.run.paused", day)
					: words.get("answers.run.paused-until", words.day(pause.until()), day));
		}
	}

	/** The refusal to change answers once the day's summary went out with them. */
	static UsageException closed(Words words, LocalDate date) {
		return new UsageException(words.get("answers.run.closed", words.day(date)));
	}

	/**
	 * Counts the answers once they are stored: a member's first answers to a day's stand-up against the prompts sent
	 * give the answer rate; an edit counts apart.
	 */
	private void countOnceStored(String kind) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				meters.counter("steward.standup.answers", "kind", kind).increment();
			}

		});
	}

	/** The impediment the answers name: one the member picked or wrote again, or a new one; null for none. */
	private Long blocker(Context context, List<Answer> answers, Long stillBlockedBy) {
		String text = answers.stream()
			.filter((answer) -> answer.kind() == Question.Kind.BLOCKERS)
			.map(Answer::text)
			.filter((answer) -> Blockers.isBlocker(answer, context.team().language()))
			.findFirst()
			.orElse(null);
		Optional<Impediment> existing = standing.find(context.team(), context.member(), stillBlockedBy, text);
		if (existing.isPresent()) {
			int count = impediments.recordStandup(existing.get(), context.run().id(), context.member(),
					context.run().date());
			deliveries.post("still-blocked:" + existing.get().id() + ":" + context.run().id() + ":"
					+ context.member().id(), context.team().direct(context.member().userId()),
					StandupMessages.stillBlocked(context.words(), impediments.current(existing.get()), count));
			return impediments.current(existing.get()).id();
		}
		return text == null ? null : openBlocker(context, text);
	}

	/** Opens the impediment for the blocker unless the member's answer opened one already; returns its id. */
	private long openBlocker(Context context, String text) {
		Optional<Impediment> existing = impediments.fromStandup(context.run().id(), context.member().id());
		if (existing.isPresent()) {
			return existing.get().id();
		}
		String title = text.length() > 480 ? text.substring(0, 479) + "\u2026" : text;
		Impediment impediment = impediments.open(context.team(), title, context.member().userId(), context.member(),
				Severity.MEDIUM, context.run().id());
		impediments.recordStandup(impediment, context.run().id(), context.member(), context.run().date());
		deliveries.post("blocker:" + impediment.id(), context.team().direct(context.member().userId()),
				StandupMessages.blockerLogged(context.words(), impediment.key(), impediment.title()));
		return impediment.id();
	}

	private void confirm(Context context, Instant now) {
		boolean late = context.run().isReported();
		prompter.updateOwnMessages(context.team(), context.run(), context.member(),
				"answered:" + context.member().id() + ":" + now.toEpochMilli(),
				StandupMessages.answered(context.words(), context.run(), late));
		ReportStyle style = standups.reportStyle(context.run());
		StandupSchedule schedule = schedules.of(context.config(), context.team());
		prompter.postEarlyReport(context.team(), context.config(), schedule, context.run());
		if (style == ReportStyle.THREAD) {
			replyInThread(context, schedule, now);
		}
		if (late || style == ReportStyle.LIVE) {
			ChatMessage report = (style == ReportStyle.THREAD)
					? summary.threadHeader(context.team(), schedule, context.run(), false)
					: summary.compose(context.team(), schedule, context.run(), false);
			deliveries.update("report-update:" + context.run().id() + ":" + context.member().id() + ":"
					+ now.toEpochMilli(), StandupPrompter.reportKey(context.run()), context.team().channel(),
					StandupMessages.summaryForChannel(report, context.run(), teams.members(context.team().id())));
		}
	}

	/** Puts the member's answers in the report's thread: a reply the first time, that reply changed on an edit. */
	private void replyInThread(Context context, StandupSchedule schedule, Instant now) {
		String reply = "report-answer:" + context.run().id() + ":" + context.member().id();
		ChatMessage answers = summary.answersOf(context.run(), context.member());
		Lifetime lifetime = Lifetime.of(DeliveryKind.SUMMARY, context.team().id(),
				schedule.endOfNextWorkingDay(context.run().date()));
		if (deliveries.exists(reply)) {
			deliveries.update(reply + ":" + now.toEpochMilli(), reply, context.team().channel(), answers, lifetime);
		}
		else {
			deliveries.reply(reply, StandupPrompter.reportKey(context.run()), context.team().channel(), answers,
					lifetime);
		}
	}

	/**
	 * Skips the run for the actor, unless they answered it already; their prompt says so from then on, as does the
	 * message returned, in their words.
	 */
	@Transactional
	public ChatMessage skip(Actor actor, long runId) {
		Words words = Words.current();
		Context context = context(actor, runId);
		if (context.entry().isAnswered()) {
			throw new UsageException(words.get("answers.run.nothing-to-skip", words.day(context.run().date())));
		}
		if (standups.mark(context.run().id(), context.member().id(), StandupRepository.Marker.SKIPPED,
				clock.instant())) {
			prompter.updateOwnMessages(context.team(), context.run(), context.member(), "skipped",
					StandupMessages.skipped(context.words(), context.run()));
		}
		log.info("{} skipped the {} stand-up of team {}", actor.userId(), context.run().date(), context.team().id());
		return StandupMessages.skipped(context.words(), context.run());
	}

}
