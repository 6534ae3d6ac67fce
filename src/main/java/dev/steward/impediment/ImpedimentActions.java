package dev.steward.impediment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import dev.steward.chat.ChatForm;
import dev.steward.chat.FormField;
import dev.steward.command.ActionHandler;
import dev.steward.command.ActionRequest;
import dev.steward.command.Args;
import dev.steward.command.Dates;
import dev.steward.command.FormHandler;
import dev.steward.command.FormResult;
import dev.steward.command.FormSubmission;
import dev.steward.command.Reply;
import dev.steward.command.UsageException;
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
		return switch (request.actionId()) {
			case "impediment.resolve" -> done("Resolved", log.resolve(request.actor(), id, ""));
			case "impediment.snooze" -> snooze(request, id);
			case "impediment.take" -> done("You own it now", log.assign(request.actor(), id, request.actor().userId()));
			case "impediment.comment" -> commentForm(log.locate(request.actor(), id));
			case ACKNOWLEDGE -> done("You acknowledged it", log.acknowledge(request.actor(), id));
			case "impediment.ask" -> Reply.text(log.askForUpdate(request.actor(), id)
					? "I asked the owner of " + Impediment.key(id) + " for an update; you'll see it in its history."
					: "You asked for an update on " + Impediment.key(id) + " today already.");
			default -> throw new UsageException("That button is no longer supported.");
		};
	}

	private static Reply commentForm(ImpedimentLog.Located found) {
		return Reply.form(new ChatForm(COMMENT_FORM, "Comment on " + found.impediment().key(), "Add",
				Long.toString(found.impediment().id()), List.of(FormField.multiline("comment", "Comment", null, false))));
	}

	private Reply done(String what, ImpedimentLog.Located found) {
		Duration age = ages.of(found.impediment(), found.team(), clock.instant());
		return Reply.message(ImpedimentMessages.changed(what, found.impediment(),
				ages.calendar(found.team()).describe(age), found.team().zone()));
	}

	/** Snoozes for one working day of the team's calendar. */
	private Reply snooze(ActionRequest request, long id) {
		ImpedimentLog.Located found = log.locate(request.actor(), id);
		TeamCalendar calendar = ages.calendar(found.team());
		Instant until = calendar.plus(clock.instant(), calendar.workingDay(), java.util.Set.of());
		until = until == null ? clock.instant().plus(Duration.ofDays(1)) : until;
		ZonedDateTime local = until.atZone(found.team().zone());
		String text = Dates.day(local.toLocalDate(), clock.instant().atZone(found.team().zone()).toLocalDate()) + " "
				+ Dates.time(local.toLocalTime()) + " (" + found.team().zone().getId() + ")";
		return done("Snoozed for a working day", log.snooze(request.actor(), id, until, text));
	}

	@Override
	public FormResult submit(FormSubmission submission) {
		log.comment(submission.actor(), Args.impedimentId(submission.context()), submission.value("comment"));
		return FormResult.accepted();
	}

}
