package dev.steward.standup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.command.Actor;
import dev.steward.command.UsageException;
import dev.steward.delivery.DeliveryQueue;
import dev.steward.impediment.Impediment;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.impediment.Severity;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamDirectory;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores stand-up answers and skips: turns a real blocker into an impediment, confirms in the member's DM, and adds
 * a late answer to the summary that already went out.
 */
@Service
class AnswerService {

	private static final Logger log = LoggerFactory.getLogger(AnswerService.class);

	private final StandupRepository standups;

	private final TeamRepository teams;

	private final TeamDirectory directory;

	private final ImpedimentLog impediments;

	private final StandupSummary summary;

	private final DeliveryQueue deliveries;

	private final List<StandupExtras> extras;

	private final Clock clock;

	AnswerService(StandupRepository standups, TeamRepository teams, TeamDirectory directory,
			ImpedimentLog impediments, StandupSummary summary, DeliveryQueue deliveries, List<StandupExtras> extras,
			Clock clock) {
		this.standups = standups;
		this.teams = teams;
		this.directory = directory;
		this.impediments = impediments;
		this.summary = summary;
		this.deliveries = deliveries;
		this.extras = extras;
		this.clock = clock;
	}

	/** A run with its team, config and the acting member, checked. */
	record Context(Team team, StandupConfig config, Run run, Member member, Entry entry) {

	}

	/** Finds the run and the actor's part in it, or says why they cannot answer it. */
	Context context(Actor actor, long runId) {
		Run run = standups.findRun(runId)
			.orElseThrow(() -> new UsageException("That stand-up no longer exists. Type /standup status."));
		Team team = teams.find(run.teamId()).orElseThrow();
		Member member = directory.requireMember(team, actor.userId());
		StandupConfig config = standups.config(team.id())
			.orElseThrow(() -> new UsageException(team.name() + " has no stand-up configured any more."));
		return new Context(team, config, run, member, standups.entry(run.id(), member.id()));
	}

	/** Checks answers against the questions: field id ({@code q0}, {@code q1}, ...) to problem; empty when fine. */
	static Map<String, String> problems(List<Question> questions, List<String> texts) {
		Map<String, String> problems = new HashMap<>();
		for (int i = 0; i < questions.size(); i++) {
			String text = i < texts.size() ? texts.get(i).strip() : "";
			if (text.isEmpty() && questions.get(i).kind() != Question.Kind.BLOCKERS) {
				problems.put("q" + i, "Please answer this one (a dash is fine).");
			}
			else if (text.length() > Answer.MAX_LENGTH) {
				problems.put("q" + i, "That is " + text.length() + " characters; please keep it under "
						+ Answer.MAX_LENGTH + ".");
			}
		}
		return problems;
	}

	/** Stores the actor's answers to the run, in question order. */
	@Transactional
	public void answer(Actor actor, long runId, List<String> texts) {
		answer(actor, runId, texts, null, null);
	}

	/** Stores the answers with the goals the member tagged "today" and the blocker with (either may be null). */
	@Transactional
	public void answer(Actor actor, long runId, List<String> texts, String todayGoal, String blockerGoal) {
		Context context = context(actor, runId);
		if (context.run().isReported() && context.entry().isAnswered()) {
			throw new UsageException("The summary for " + StandupMessages.day(context.run().date())
					+ " went out already, so these answers can no longer be changed.");
		}
		Map<String, String> problems = problems(context.config().questions(), texts);
		if (!problems.isEmpty()) {
			throw new UsageException(String.join(" ", problems.values()));
		}
		Instant now = clock.instant();
		List<Answer> answers = new ArrayList<>();
		for (int i = 0; i < context.config().questions().size(); i++) {
			Question question = context.config().questions().get(i);
			answers.add(new Answer(i, question.kind(), question.text(), i < texts.size() ? texts.get(i).strip() : ""));
		}
		standups.saveAnswers(context.run().id(), context.member().id(), answers, now);
		Long blocker = answers.stream()
			.filter((answer) -> answer.kind() == Question.Kind.BLOCKERS && Blockers.isBlocker(answer.text()))
			.findFirst()
			.map((answer) -> openBlocker(context, answer.text()))
			.orElse(null);
		extras.forEach((extra) -> extra.answered(context.team(), context.run().id(), context.member(), todayGoal,
				blockerGoal, blocker));
		confirm(context, now);
		log.info("Stored the {} stand-up answers of {} in team {}", context.run().date(), actor.userId(),
				context.team().id());
	}

	/** Opens the impediment for the blocker unless the member's answer opened one already; returns its id. */
	private long openBlocker(Context context, String text) {
		java.util.Optional<Impediment> existing = impediments.fromStandup(context.run().id(),
				context.member().userId());
		if (existing.isPresent()) {
			return existing.get().id();
		}
		String title = text.length() > 480 ? text.substring(0, 479) + "\u2026" : text;
		Impediment impediment = impediments.open(context.team(), title, context.member().userId(),
				context.member().userId(), Severity.MEDIUM, context.run().id());
		deliveries.post("blocker:" + impediment.id(), context.team().direct(context.member().userId()),
				StandupMessages.blockerLogged(impediment.key(), impediment.title()));
		return impediment.id();
	}

	private void confirm(Context context, Instant now) {
		String suffix = ":" + context.run().id() + ":" + context.member().id() + ":" + now.toEpochMilli();
		boolean late = context.run().isReported();
		if (context.entry().promptedAt() != null) {
			deliveries.update("answered" + suffix,
					StandupPrompter.promptKey(context.team(), context.member(), context.run().date()),
					context.team().direct(context.member().userId()), StandupMessages.answered(context.run(), late));
		}
		if (late) {
			deliveries.update("report-update" + suffix,
					StandupPrompter.reportKey(context.team(), context.run().date()), context.team().channel(),
					summary.compose(context.team(), context.run()));
		}
	}

	/** Skips the run for the actor, unless they answered it already. */
	@Transactional
	public Run skip(Actor actor, long runId) {
		Context context = context(actor, runId);
		if (context.entry().isAnswered()) {
			throw new UsageException("You already answered the stand-up for "
					+ StandupMessages.day(context.run().date()) + "; nothing to skip.");
		}
		standups.mark(context.run().id(), context.member().id(), StandupRepository.Marker.SKIPPED, clock.instant());
		log.info("{} skipped the {} stand-up of team {}", actor.userId(), context.run().date(), context.team().id());
		return context.run();
	}

}
