package dev.steward.impediment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.steward.chat.ChatForm;
import dev.steward.chat.FormField;
import dev.steward.command.ActionHandler;
import dev.steward.command.ActionRequest;
import dev.steward.command.Args;
import dev.steward.command.FormHandler;
import dev.steward.command.FormResult;
import dev.steward.command.FormSubmission;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
import dev.steward.i18n.Words;
import dev.steward.team.TeamCalendar;

import org.springframework.stereotype.Component;

/**
 * The buttons on escalation messages (Resolve, Snooze 1 day, Take ownership, Comment), on a helper's DM
 * (Acknowledge, Add update, Resolve) and the comment form: they go through the same log methods, and permission
 * checks, as the typed commands.
 */
@Component
class ImpedimentActions implements ActionHandler, FormHandler {

	static final String COMMENT_FORM = "impediment.comment";

	static final String ACKNOWLEDGE = "impediment.ack";

	private final ImpedimentLog log;

	private final WorkingAge ages;

	private final Clock clock;

	ImpedimentActions(ImpedimentLog log, WorkingAge ages, Clock clock) {
		this.log = log;
		this.ages = ages;
		this.clock = clock;
	}

	@Override
	public String prefix() {
		return "impediment.";
	}

	@Override
	public String formId() {
		return COMMENT_FORM;
	}

	@Override
	public Reply handle(ActionRequest request) {
		long id = Args.impedimentId(request.value());
		Words words = Words.current();
		return switch (request.actionId()) {
			case "impediment.resolve" -> done(words.get("impediment.done.resolved"), log.resolve(request.actor(), id, ""));
			case "impediment.snooze" -> snooze(request, id);
			case "impediment.take" -> done(words.get("impediment.done.taken"),
					log.assign(request.actor(), id, request.actor().userId()));
			case "impediment.comment" -> commentForm(words, log.locate(request.actor(), id));
			case ACKNOWLEDGE -> done(words.get("impediment.done.acknowledged"), log.acknowledge(request.actor(), id));
			case "impediment.ask" -> Reply.text(words.get(log.askForUpdate(request.actor(), id)
					? "impediment.ask.sent" : "impediment.ask.already", Impediment.key(id)));
			default -> throw new UsageException(words.get("impediment.button.unknown"));
		};
	}

	private static Reply commentForm(Words words, ImpedimentLog.Located found) {
		return Reply.form(new ChatForm(COMMENT_FORM, words.get("impediment.form.title", found.impediment().key()),
				words.get("impediment.form.submit"), Long.toString(found.impediment().id()),
				List.of(FormField.multiline("comment", words.get("impediment.form.comment"), null, false))));
	}

	private Reply done(String what, ImpedimentLog.Located found) {
		Duration age = ages.of(found.impediment(), found.team(), clock.instant());
		return Reply.message(ImpedimentMessages.changed(Words.current(), what, found.impediment(),
				ages.calendar(found.team()).describe(age, Words.current()), found.team().zone()));
	}

	/** Snoozes for one working day of the team's calendar. */
	private Reply snooze(ActionRequest request, long id) {
		ImpedimentLog.Located found = log.locate(request.actor(), id);
		TeamCalendar calendar = ages.calendar(found.team());
		Instant until = calendar.plus(clock.instant(), calendar.workingDay(), java.util.Set.of());
		until = until == null ? clock.instant().plus(Duration.ofDays(1)) : until;
		return done(Words.current().get("impediment.done.snoozed-a-day"),
				log.snooze(request.actor(), id, until, found.team().zone()));
	}

	@Override
	public FormResult submit(FormSubmission submission) {
		log.comment(submission.actor(), Args.impedimentId(submission.context()), submission.value("comment"));
		return FormResult.accepted();
	}

}
