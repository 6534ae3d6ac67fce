package dev.steward.impediment;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.steward.chat.Block;
import dev.steward.chat.Button;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;

/** Builds the chat messages of the impediment log. */
public final class ImpedimentMessages {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

	private static final int SHORT_HISTORY = 5;

	private ImpedimentMessages() {
	}

	/**
	 * One impediment in a list.
	 *
	 * @param impediment the impediment
	 * @param age its working-time age
	 * @param ageText the age in words
	 * @param zone the zone its times are shown in
	 */
	record Line(Impediment impediment, Duration age, String ageText, ZoneId zone) {

	}

	static ChatMessage logged(Impediment impediment, boolean mentionedInTitle, List<String> helpers) {
		boolean request = impediment.kind() == LogKind.CHANGE_REQUEST;
		Text.Builder text = Text.builder()
			.plain(request ? "Requested " : "Logged ")
			.bold(impediment.key())
			.plain(": ");
		withMentions(text, impediment.title());
		text.plain("\nOwner ").mention(impediment.ownerId()).plain(", severity " + impediment.severity().label() + ".");
		details(text, impediment);
		if (request) {
			text.plain("\nA PM assesses it (/change assess " + impediment.key() + " <impact>) and then approves, "
					+ "rejects or defers it; you will hear the decision.");
		}
		if (!helpers.isEmpty()) {
			text.plain("\nAsked ");
			for (int i = 0; i < helpers.size(); i++) {
				text.plain(i == 0 ? "" : ", ").mention(helpers.get(i));
			}
			text.plain(" to help: a DM now and a nudge each working day until they acknowledge.");
		}
		if (mentionedInTitle) {
			text.plain("\nThe people mentioned in the description are not the owner; to give it to someone, put their "
					+ "mention at the end (/impediment assign " + impediment.key() + " @someone).");
		}
		return ChatMessage.of(text.build());
	}

	/** To whoever asked for the change: the PM's decision and its reason. */
	static ChatMessage decided(Impediment request) {
		Text.Builder text = Text.builder()
			.mention(request.decidedBy())
			.plain(" " + request.decision().label() + " your change request ")
			.bold(request.key())
			.plain(": " + request.title() + "\nReason: " + request.decisionReason());
		if (request.impact() != null) {
			text.plain("\nAssessed impact: " + request.impact());
		}
		return ChatMessage.of(text.build());
	}

	/** To a PM: change requests that have waited for an assessment longer than the team allows. */
	static ChatMessage triageReminder(dev.steward.team.Team team, List<Impediment> waiting) {
		ChatMessage.Builder message = ChatMessage.builder(waiting.size() + " change request"
				+ (waiting.size() == 1 ? "" : "s") + " in " + team.name() + " waiting for an assessment")
			.header("Change requests to triage in " + team.name());
		for (Impediment request : waiting) {
			Text.Builder text = Text.builder().bold(request.key()).plain(" ");
			withMentions(text, request.title());
			message.section(text.plain("\nasked by ").mention(request.reporterId())
				.plain(" \u00b7 /change assess " + request.key() + " <impact>, then approve, reject or defer it")
				.build());
		}
		return message.build();
	}

	/** To someone a blocker tagged: they are asked to help, with Acknowledge, Add update and Resolve. */
	static ChatMessage helpAsked(Impediment impediment, String taggedBy) {
		return help(impediment, Text.builder().mention(taggedBy).plain(" needs your help with ").bold(impediment.key())
			.plain(": "));
	}

	/** The daily nudge to a helper who has not acknowledged yet. */
	static ChatMessage helpNudge(Impediment impediment, String taggedBy) {
		return help(impediment, Text.builder().plain("A reminder: ").mention(taggedBy).plain(" still needs your help with ")
			.bold(impediment.key()).plain(": "));
	}

	private static ChatMessage help(Impediment impediment, Text.Builder text) {
		withMentions(text, impediment.title());
		text.plain("\nAcknowledge it so they know you have seen it; add an update as it moves, or resolve it when it "
				+ "is done.");
		String id = Long.toString(impediment.id());
		Text built = text.build();
		return ChatMessage.builder(built.toPlainString())
			.section(built)
			.buttons(Button.primary("Acknowledge", ImpedimentActions.ACKNOWLEDGE, id),
					Button.of("Add update", "impediment.comment", id), Button.of("Resolve", "impediment.resolve", id))
			.build();
	}

	/** To the others involved in an impediment with helpers: what someone did. */
	static ChatMessage involvedUpdate(Impediment impediment, String actorId, String what) {
		Text.Builder text = Text.builder().mention(actorId).plain(" " + what + " ").bold(impediment.key()).plain(": ");
		withMentions(text, impediment.title());
		return ChatMessage.of(text.build());
	}

	/** To the owner: someone would like to know how the impediment is going. */
	static ChatMessage updateRequested(Impediment impediment, String askerId) {
		return ChatMessage.of(Text.builder()
			.mention(askerId)
			.plain(" asks for an update on ")
			.bold(impediment.key())
			.plain(": " + impediment.title() + "\nReply with /impediment comment " + impediment.key()
					+ " <what changed>, or resolve it with /impediment resolve " + impediment.key() + ".")
			.build());
	}

	/** The impediment someone asked for, which was merged into another: a note, then the other one. */
	static ChatMessage mergedNote(Impediment asked, Impediment into, ChatMessage shown) {
		List<Block> blocks = new java.util.ArrayList<>();
		blocks.add(new Block.Context(Text.builder()
			.plain(asked.key() + " was merged into ")
			.bold(into.key())
			.plain("; here it is.")
			.build()));
		blocks.addAll(shown.blocks());
		return new ChatMessage(asked.key() + " was merged into " + into.key() + ". " + shown.fallback(), blocks);
	}

	static ChatMessage assignedToYou(Impediment impediment, String byUserId) {
		return ChatMessage.of(Text.builder()
			.mention(byUserId)
			.plain(" made you the owner of ")
			.bold(impediment.key())
			.plain(": " + impediment.title() + " (severity " + impediment.severity().label() + ").")
			.build());
	}

	static ChatMessage list(String title, List<Line> lines) {
		ChatMessage.Builder message = ChatMessage.builder(title).header(title);
		if (lines.isEmpty()) {
			return message.section(Text.plain("Nothing here. \u2728")).build();
		}
		lines.forEach((line) -> message.section(line(line.impediment(), line.ageText(), line.zone())));
		return message.build();
	}

	/**
	 * The one-paragraph summary of an impediment: id, title, owner, severity, state and working-time age, with times
	 * in the zone.
	 */
	public static Text line(Impediment impediment, String ageText, ZoneId zone) {
		Text.Builder text = Text.builder().bold(impediment.key()).plain(" ");
		withMentions(text, impediment.title());
		text.plain("\nowner ")
			.mention(impediment.ownerId())
			.plain(" \u00b7 " + impediment.severity().label() + " \u00b7 " + state(impediment, ageText, zone));
		details(text, impediment);
		return text.build();
	}

	/** An issue's or a change request's impact, and what a change request changes. */
	private static void details(Text.Builder text, Impediment impediment) {
		if (!impediment.changeAreas().isEmpty()) {
			text.plain("\nchanges " + ChangeArea.describe(impediment.changeAreas()));
		}
		if (impediment.impact() != null) {
			text.plain("\nimpact: " + impediment.impact());
		}
		if (impediment.decision() != null) {
			text.plain("\nreason: " + impediment.decisionReason());
		}
	}

	private static String state(Impediment impediment, String ageText, ZoneId zone) {
		if (impediment.kind() == LogKind.CHANGE_REQUEST) {
			return requestState(impediment, ageText);
		}
		return switch (impediment.status()) {
			case RESOLVED -> "resolved after " + ageText + " of working time";
			case MERGED -> "merged into " + impediment.kind().key(impediment.mergedInto());
			case SNOOZED -> "snoozed until " + WHEN.format(impediment.snoozedUntil().atZone(zone)) + " ("
					+ zone.getId() + ") \u00b7 " + ageText + " working";
			default -> ageText + " working" + (impediment.rung() > 0 ? " \u00b7 rung " + impediment.rung() : "")
					+ (impediment.dueDate() != null ? " \u00b7 due " + impediment.dueDate() : "");
		};
	}

	private static String requestState(Impediment request, String ageText) {
		if (request.decision() != null) {
			return request.decision().label() + " after " + ageText + " of working time";
		}
		if (request.status() == ImpedimentStatus.MERGED) {
			return "merged into " + request.kind().key(request.mergedInto());
		}
		return request.describeStatus() + " \u00b7 " + ageText + " working";
	}

	/** The reply to a change: what happened, then the impediment as it is now. */
	static ChatMessage changed(String what, Impediment impediment, String ageText, ZoneId zone) {
		return ChatMessage.of(Text.builder().plain(what + ": ").append(line(impediment, ageText, zone)).build());
	}

	static ChatMessage show(Impediment impediment, String ageText, List<String> reporters, List<TrackerLink> links,
			List<ImpedimentEvent> history, boolean fullHistory, ZoneId zone) {
		Text.Builder who = Text.builder().plain("Owner ").mention(impediment.ownerId()).plain(" \u00b7 reported by ");
		for (int i = 0; i < reporters.size(); i++) {
			who.plain(i == 0 ? "" : ", ").mention(reporters.get(i));
		}
		ChatMessage.Builder message = ChatMessage.builder(impediment.key() + ": " + impediment.title())
			.header(impediment.key())
			.section(line(impediment, ageText, zone))
			.context(who.build());
		if (!links.isEmpty()) {
			Text.Builder linked = Text.builder().bold("Links").plain(" ");
			for (int i = 0; i < links.size(); i++) {
				linked.plain((i == 0 ? "" : " \u00b7 ") + links.get(i).label() + " " + links.get(i).url());
			}
			message.section(linked.build());
		}
		List<ImpedimentEvent> shown = fullHistory ? history
				: history.subList(Math.max(0, history.size() - SHORT_HISTORY), history.size());
		message.section(historyText(shown, zone, fullHistory || history.size() <= SHORT_HISTORY ? null
				: "/impediment history " + impediment.key() + " shows all " + history.size() + " entries."));
		return message.build();
	}

	/** History lines, newest last, with {@code <@id>} mentions as mention spans. */
	public static Text historyText(List<ImpedimentEvent> events, ZoneId zone, String footer) {
		Text.Builder lines = Text.builder().bold("History").plain("\n");
		lines.italic("times in " + zone.getId()).plain("\n");
		for (ImpedimentEvent event : events) {
			lines.plain(WHEN.format(event.at().atZone(zone)) + " \u00b7 ");
			withMentions(lines, event.detail());
			if (!ImpedimentLog.STEWARD.equals(event.actorId()) && !event.detail().contains("<@" + event.actorId())) {
				lines.plain(" (").mention(event.actorId()).plain(")");
			}
			lines.plain("\n");
		}
		if (footer != null) {
			lines.italic(footer);
		}
		return lines.build();
	}

	private static void withMentions(Text.Builder text, String detail) {
		text.append(Text.withMentions(detail));
	}

}
