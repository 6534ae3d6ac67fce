package dev.steward.standup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.steward.chat.ChatForm;
import dev.steward.chat.FormField;
import dev.steward.i18n.Words;
import dev.steward.command.FormHandler;
import dev.steward.command.FormResult;
import dev.steward.command.FormSubmission;
import dev.steward.command.UsageException;

import org.springframework.stereotype.Component;

/** The stand-up answer form: one input per question, "yesterday" pre-filled from the last "today". */
@Component
class AnswerForm implements FormHandler {

	static final String ID = "standup.answers";

	static final String STILL_BLOCKED = "still_blocked";

	private final AnswerService answers;

	private final StandupRepository standups;

	private final StandingBlockers standing;

	private final List<StandupExtras> extras;

	private final StandupScores scores;

	AnswerForm(AnswerService answers, StandupRepository standups, StandingBlockers standing,
			List<StandupExtras> extras, StandupScores scores) {
		this.answers = answers;
		this.scores = scores;
		this.standups = standups;
		this.standing = standing;
		this.extras = extras;
	}

	@Override
	public String formId() {
		return ID;
	}

	/** The form for the member's answers to the run, pre-filled with what they said before, in their words. */
	ChatForm build(AnswerService.Context context) {
		Words words = Words.current();
		List<FormField> fields = new ArrayList<>(questionFields(words, context));
		fields.addAll(stillBlockedField(words, context));
		fields.addAll(goalFields(words, context));
		return new ChatForm(ID, words.get("answers.form.title", words.day(context.run().date())),
				words.get("answers.form.submit"), Long.toString(context.run().id()), fields);
	}

	/** An input per question, holding the member's earlier answer or score, else the "yesterday" pre-fill. */
	private List<FormField> questionFields(Words words, AnswerService.Context context) {
		List<Answer> previous = standups.answers(context.run().id()).getOrDefault(context.member().id(), List.of());
		Map<Integer, String> given = previous.stream().collect(Collectors.toMap(Answer::position, Answer::text));
		Map<Integer, Integer> own = scores.own(context.run().id(), context.member().id());
		List<FormField> fields = new ArrayList<>();
		List<Question> questions = context.config().questions();
		for (int i = 0; i < questions.size(); i++) {
			String initial = own.containsKey(i) ? own.get(i).toString()
					: given.containsKey(i) ? given.get(i) : prefill(context, questions.get(i));
			fields.add(AnswerFields.field(words, questions, i, initial));
		}
		return fields;
	}

	/** The pick of an open impediment that still blocks the member, when they have one and a blockers question. */
	private List<FormField> stillBlockedField(Words words, AnswerService.Context context) {
		List<FormField.Option> open = standing.open(context.team(), context.member())
			.stream()
			.map((impediment) -> new FormField.Option(Long.toString(impediment.id()),
					impediment.key() + ": " + impediment.title()))
			.toList();
		if (open.isEmpty() || context.config().position(Question.Kind.BLOCKERS).isEmpty()) {
			return List.of();
		}
		return List.of(new FormField(STILL_BLOCKED, words.get("answers.form.still-blocked"), FormField.Type.SELECT,
				true, List.of(), open, words.get("answers.form.still-blocked.hint")));
	}

	/** The picks of the goal today's work serves and the one a blocker puts at risk, when the team has goals. */
	private List<FormField> goalFields(Words words, AnswerService.Context context) {
		List<FormField.Option> goals = extras.stream()
			.flatMap((extra) -> extra.goalChoices(words, context.team(), context.run().date()).stream())
			.toList();
		if (goals.isEmpty()) {
			return List.of();
		}
		return List.of(
				new FormField("goal_today", words.get("answers.form.goal-today"), FormField.Type.SELECT, true,
						List.of(), goals, null),
				new FormField("goal_blocker", words.get("answers.form.goal-blocker"), FormField.Type.SELECT, true,
						List.of(), goals, null));
	}

	private String prefill(AnswerService.Context context, Question question) {
		if (question.kind() != Question.Kind.YESTERDAY) {
			return null;
		}
		return standups.lastToday(context.run().standupId(), context.member().id(), context.run().date()).orElse(null);
	}

	@Override
	public FormResult submit(FormSubmission submission) {
		long runId;
		try {
			runId = Long.parseLong(submission.context());
		}
		catch (NumberFormatException ex) {
			throw new UsageException(Words.current().get("answers.form.out-of-date"));
		}
		AnswerService.Context context = answers.context(submission.actor(), runId);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < context.config().questions().size(); i++) {
			texts.add(submission.value("q" + i));
		}
		Map<String, String> problems = TypedAnswers.read(context.config().questions(), texts,
				context.team().language(), Words.current()).problems();
		if (!problems.isEmpty()) {
			return FormResult.invalid(problems);
		}
		Long stillBlocked;
		try {
			stillBlocked = submission.value(STILL_BLOCKED).isBlank() ? null
					: Long.parseLong(submission.value(STILL_BLOCKED));
		}
		catch (NumberFormatException ex) {
			return FormResult.invalid(Map.of(STILL_BLOCKED, Words.current().get("answers.form.pick-impediment")));
		}
		answers.answer(submission.actor(), runId, new AnswerService.Answers(texts, stillBlocked,
				blankToNull(submission.value("goal_today")), blankToNull(submission.value("goal_blocker"))));
		return FormResult.accepted();
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

}
