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

	/** The form for the member's answers to the run, pre-filled with what they said before. */
	ChatForm build(AnswerService.Context context) {
		List<Answer> previous = standups.answers(context.run().id()).getOrDefault(context.member().id(), List.of());
		Map<Integer, String> given = previous.stream().collect(Collectors.toMap(Answer::position, Answer::text));
		Map<Integer, Integer> own = scores.own(context.run().id(), context.member().id());
		List<FormField> fields = new ArrayList<>();
		List<Question> questions = context.config().questions();
		for (int i = 0; i < questions.size(); i++) {
			Question question = questions.get(i);
			String initial = own.containsKey(i) ? own.get(i).toString()
					: given.containsKey(i) ? given.get(i) : prefill(context, question);
			fields.add(AnswerFields.field(questions, i, initial));
		}
		List<FormField.Option> open = standing.open(context.team(), context.member())
			.stream()
			.map((impediment) -> new FormField.Option(Long.toString(impediment.id()),
					impediment.key() + ": " + impediment.title()))
			.toList();
		if (!open.isEmpty() && context.config().position(Question.Kind.BLOCKERS).isPresent()) {
			fields.add(new FormField(STILL_BLOCKED, "Still blocked by one of these?", FormField.Type.SELECT, true,
					List.of(), open, "Pick it instead of describing it again; Steward notes today's stand-up on it."));
		}
		List<FormField.Option> goals = extras.stream()
			.flatMap((extra) -> extra.goalChoices(Words.current(), context.team(), context.run().date()).stream())
			.toList();
		if (!goals.isEmpty()) {
			fields.add(new FormField("goal_today", "Which goal does today's work serve?", FormField.Type.SELECT, true,
					List.of(), goals, null));
			fields.add(new FormField("goal_blocker", "If you are blocked: which goal is at risk?", FormField.Type.SELECT,
					true, List.of(), goals, null));
		}
		return new ChatForm(ID, "Stand-up \u00b7 " + StandupMessages.day(context.run().date()), "Submit",
				Long.toString(context.run().id()), fields);
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
			throw new UsageException("This form is out of date; press Answer on the prompt again.");
		}
		AnswerService.Context context = answers.context(submission.actor(), runId);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < context.config().questions().size(); i++) {
			texts.add(submission.value("q" + i));
		}
		Map<String, String> problems = TypedAnswers.read(context.config().questions(), texts,
				context.team().language()).problems();
		if (!problems.isEmpty()) {
			return FormResult.invalid(problems);
		}
		Long stillBlocked;
		try {
			stillBlocked = submission.value(STILL_BLOCKED).isBlank() ? null
					: Long.parseLong(submission.value(STILL_BLOCKED));
		}
		catch (NumberFormatException ex) {
			return FormResult.invalid(Map.of(STILL_BLOCKED, "Pick one of your open impediments, or none."));
		}
		answers.answer(submission.actor(), runId, new AnswerService.Answers(texts, stillBlocked,
				blankToNull(submission.value("goal_today")), blankToNull(submission.value("goal_blocker"))));
		return FormResult.accepted();
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

}
