package dev.steward.impediment;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import dev.steward.chat.Block;
import dev.steward.chat.Button;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.i18n.Words;

/** Builds the chat messages of the impediment log, each in the words of whoever reads it. */
public final class ImpedimentMessages {

	private static final int SHORT_HISTORY = 5;

	private static final String BOLD_START = "\u0002";

	private static final String BOLD_END = "\u0003";

	private static final String DOT = " \u00b7 ";

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

	static ChatMessage logged(Words words, Impediment impediment, boolean mentionedInTitle, List<String> helpers) {
		boolean request = impediment.kind() == LogKind.CHANGE_REQUEST;
		Text.Builder text = Text.builder();
		say(text, words, request ? "logged.request" : "logged", bold(impediment.key()), impediment.title());
		say(text, words, "logged.owner", mention(impediment.ownerId()), impediment.severity().label(words));
		details(text, words, impediment);
		if (request) {
			say(text, words, "logged.triage", impediment.key());
		}
		if (!helpers.isEmpty()) {
			say(text, words, "logged.helpers", String.join(", ", helpers.stream().map(ImpedimentMessages::mention)
				.toList()));
		}
		if (mentionedInTitle) {
			say(text, words, "logged.mentioned", impediment.key());
		}
		return ChatMessage.of(text.build());
	}

	/** To whoever asked for the change: the PM's decision and its reason. */
	static ChatMessage decided(Words words, Impediment request) {
		Text.Builder text = Text.builder();
		say(text, words, "decided." + request.decision().name(), mention(request.decidedBy()), bold(request.key()),
				request.title(), request.decisionReason());
		if (request.impact() != null) {
			say(text, words, "decided.impact", request.impact());
		}
		return ChatMessage.of(text.build());
	}

	/** To a PM: change requests that have waited for an assessment longer than the team allows. */
	static ChatMessage triageReminder(Words words, dev.steward.team.Team team, List<Impediment> waiting) {
		ChatMessage.Builder message = ChatMessage.builder(words.get("impediment.triage.fallback", waiting.size(),
				team.name()))
			.header(words.get("impediment.triage.header", team.name()));
		for (Impediment request : waiting) {
			message.section(compose(Text.builder(), words.get("impediment.triage.item", bold(request.key()),
					request.title(), mention(request.reporterId()), request.key())).build());
		}
		return message.build();
	}

	/** To someone a blocker tagged: they are asked to help, with Acknowledge, Add update and Resolve. */
	static ChatMessage helpAsked(Words words, Impediment impediment, String taggedBy) {
		return help(words, impediment, words.get("impediment.help.asked", mention(taggedBy), bold(impediment.key()),
				impediment.title()));
	}

	/** The daily nudge to a helper who has not acknowledged yet. */
	static ChatMessage helpNudge(Words words, Impediment impediment, String taggedBy) {
		return help(words, impediment, words.get("impediment.help.nudge", mention(taggedBy), bold(impediment.key()),
				impediment.title()));
	}

	private static ChatMessage help(Words words, Impediment impediment, String asked) {
		Text.Builder text = compose(Text.builder(), asked);
		say(text, words, "help.what");
		String id = Long.toString(impediment.id());
		Text built = text.build();
		return ChatMessage.builder(built.toPlainString())
			.section(built)
			.buttons(Button.primary(words.get("impediment.button.acknowledge"), ImpedimentActions.ACKNOWLEDGE, id),
					Button.of(words.get("impediment.button.add-update"), "impediment.comment", id),
					Button.of(words.get("impediment.button.resolve"), "impediment.resolve", id))
			.build();
	}

	/**
	 * To the others involved in an impediment with helpers: what someone did.
	 * @param what {@code acknowledged}, {@code resolved} or {@code commented}
	 */
	static ChatMessage involvedUpdate(Words words, Impediment impediment, String actorId, String what) {
		return ChatMessage.of(compose(Text.builder(), words.get("impediment.involved." + what, mention(actorId),
				bold(impediment.key()), impediment.title())).build());
	}

	/** To the owner: someone would like to know how the impediment is going. */
	static ChatMessage updateRequested(Words words, Impediment impediment, String askerId) {
		return ChatMessage.of(compose(Text.builder(), words.get("impediment.update-requested", mention(askerId),
				bold(impediment.key()), impediment.title(), impediment.key())).build());
	}

	/** The impediment someone asked for, which was merged into another: a note, then the other one. */
	static ChatMessage mergedNote(Words words, Impediment asked, Impediment into, ChatMessage shown) {
		List<Block> blocks = new java.util.ArrayList<>();
		blocks.add(new Block.Context(compose(Text.builder(), words.get("impediment.merged.note", asked.key(),
				bold(into.key()))).build()));
		blocks.addAll(shown.blocks());
		return new ChatMessage(words.get("impediment.merged.fallback", asked.key(), into.key(), shown.fallback()),
				blocks);
	}

	static ChatMessage assignedToYou(Words words, Impediment impediment, String byUserId) {
		return ChatMessage.of(compose(Text.builder(), words.get("impediment.assigned-to-you", mention(byUserId),
				bold(impediment.key()), impediment.title(), impediment.severity().label(words))).build());
	}

	static ChatMessage list(Words words, String title, List<Line> lines) {
		ChatMessage.Builder message = ChatMessage.builder(title).header(title);
		if (lines.isEmpty()) {
			return message.section(Text.plain(words.get("impediment.list.empty"))).build();
		}
		lines.forEach((line) -> message.section(line(words, line.impediment(), line.ageText(), line.zone())));
		return message.build();
	}

	/** The summary of {@link #line(Words, Impediment, String, ZoneId)} in English. */
	public static Text line(Impediment impediment, String ageText, ZoneId zone) {
		return line(Words.ENGLISH, impediment, ageText, zone);
	}

	/**
	 * The one-paragraph summary of an impediment: id, title, owner, severity, state and working-time age, with times
	 * in the zone, in the reader's words.
	 */
	public static Text line(Words words, Impediment impediment, String ageText, ZoneId zone) {
		Text.Builder text = compose(Text.builder(), words.get("impediment.line", bold(impediment.key()),
				impediment.title(), mention(impediment.ownerId()), impediment.severity().label(words),
				state(words, impediment, ageText, zone)));
		details(text, words, impediment);
		return text.build();
	}

	/** An issue's or a change request's impact, and what a change request changes. */
	private static void details(Text.Builder text, Words words, Impediment impediment) {
		if (!impediment.changeAreas().isEmpty()) {
			say(text, words, "details.changes", ChangeArea.describe(impediment.changeAreas(), words));
		}
		if (impediment.impact() != null) {
			say(text, words, "details.impact", impediment.impact());
		}
		if (impediment.decision() != null) {
			say(text, words, "details.reason", impediment.decisionReason());
		}
	}

	private static String state(Words words, Impediment impediment, String ageText, ZoneId zone) {
		if (impediment.kind() == LogKind.CHANGE_REQUEST) {
			return requestState(words, impediment, ageText);
		}
		return switch (impediment.status()) {
			case RESOLVED -> words.get("impediment.state.resolved", ageText);
			case MERGED -> impediment.describeStatus(words);
			case SNOOZED -> words.get("impediment.state.snoozed", when(words, impediment.snoozedUntil().atZone(zone)),
					zone.getId()) + DOT + words.get("impediment.state.working", ageText);
			default -> words.get("impediment.state.working", ageText)
					+ (impediment.rung() > 0 ? DOT + words.get("impediment.state.rung", Integer.toString(impediment.rung()))
							: "")
					+ (impediment.dueDate() != null ? DOT + words.get("impediment.state.due",
							impediment.dueDate().toString()) : "");
		};
	}

	private static String requestState(Words words, Impediment request, String ageText) {
		if (request.decision() != null) {
			return words.get("impediment.state.decided." + request.decision().name(), ageText);
		}
		return request.describeStatus(words) + (request.status() == ImpedimentStatus.MERGED ? ""
				: DOT + words.get("impediment.state.working", ageText));
	}

	/** The reply to a change: what happened, then the impediment as it is now. */
	static ChatMessage changed(Words words, String what, Impediment impediment, String ageText, ZoneId zone) {
		return ChatMessage.of(Text.builder().plain(what + ": ").append(line(words, impediment, ageText, zone)).build());
	}

	static ChatMessage show(Words words, Impediment impediment, String ageText, List<String> reporters,
			List<TrackerLink> links, List<ImpedimentEvent> history, boolean fullHistory, ZoneId zone) {
		Text who = compose(Text.builder(), words.get("impediment.show.who", mention(impediment.ownerId()),
				String.join(", ", reporters.stream().map(ImpedimentMessages::mention).toList()))).build();
		ChatMessage.Builder message = ChatMessage.builder(impediment.key() + ": " + impediment.title())
			.header(impediment.key())
			.section(line(words, impediment, ageText, zone))
			.context(who);
		if (!links.isEmpty()) {
			Text.Builder linked = Text.builder().bold(words.get("impediment.show.links")).plain(" ");
			for (int i = 0; i < links.size(); i++) {
				linked.plain((i == 0 ? "" : DOT) + links.get(i).label() + " " + links.get(i).url());
			}
			message.section(linked.build());
		}
		List<ImpedimentEvent> shown = fullHistory ? history
				: history.subList(Math.max(0, history.size() - SHORT_HISTORY), history.size());
		message.section(historyText(words, shown, zone, fullHistory || history.size() <= SHORT_HISTORY ? null
				: words.get("impediment.show.more", impediment.key(), Integer.toString(history.size()))));
		return message.build();
	}

	/** The history of {@link #historyText(Words, List, ZoneId, String)} in English. */
	public static Text historyText(List<ImpedimentEvent> events, ZoneId zone, String footer) {
		return historyText(Words.ENGLISH, events, zone, footer);
	}

	/** History lines in the reader's words, newest last, with {@code <@id>} mentions as mention spans. */
	public static Text historyText(Words words, List<ImpedimentEvent> events, ZoneId zone, String footer) {
		Text.Builder lines = Text.builder().bold(words.get("impediment.history.title")).plain("\n");
		lines.italic(words.get("impediment.history.zone", zone.getId())).plain("\n");
		for (ImpedimentEvent event : events) {
			lines.plain(when(words, event.at().atZone(zone)) + DOT);
			lines.append(Text.withMentions(History.text(event, words)));
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

	/** {@code Mon 23 Nov 10:00}, as the reader writes a day and a time. */
	private static String when(Words words, ZonedDateTime at) {
		return words.day(at.toLocalDate()) + " " + words.time(at.toLocalTime());
	}

	/** Appends the message of {@code impediment.<key>}, with mentions and bold parts as spans. */
	private static void say(Text.Builder text, Words words, String key, Object... args) {
		compose(text, words.get("impediment." + key, args));
	}

	/** Appends formatted text: {@link #bold} parts in bold, {@code <@id>} as mentions, the rest plain. */
	private static Text.Builder compose(Text.Builder text, String formatted) {
		int at = 0;
		while (at < formatted.length()) {
			int start = formatted.indexOf(BOLD_START, at);
			int end = start < 0 ? -1 : formatted.indexOf(BOLD_END, start);
			if (end < 0) {
				text.append(Text.withMentions(formatted.substring(at)));
				break;
			}
			text.append(Text.withMentions(formatted.substring(at, start)));
			text.bold(formatted.substring(start + 1, end));
			at = end + 1;
		}
		return text;
	}

	/** A word {@link #compose} sets in bold. */
	private static String bold(String value) {
		return BOLD_START + value + BOLD_END;
	}

	private static String mention(String userId) {
		return "<@" + userId + ">";
	}

}
