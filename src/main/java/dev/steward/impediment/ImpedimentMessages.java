package dev.steward.impediment;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;

/** Builds the chat messages of the impediment log. */
public final class ImpedimentMessages {

	private static final Pattern MENTION = Pattern.compile("<@([^>]+)>");

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
	 */
	record Line(Impediment impediment, Duration age, String ageText) {

	}

	static ChatMessage logged(Impediment impediment) {
		return ChatMessage.of(Text.builder()
			.plain("Logged ")
			.bold(impediment.key())
			.plain(": " + impediment.title() + "\nOwner ")
			.mention(impediment.ownerId())
			.plain(", severity " + impediment.severity().label() + ".")
			.build());
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
		lines.forEach((line) -> message.section(line(line.impediment(), line.ageText())));
		return message.build();
	}

	/** The one-paragraph summary of an impediment: id, title, owner, severity, state and working-time age. */
	public static Text line(Impediment impediment, String ageText) {
		return Text.builder()
			.bold(impediment.key())
			.plain(" " + impediment.title() + "\nowner ")
			.mention(impediment.ownerId())
			.plain(" \u00b7 " + impediment.severity().label() + " \u00b7 " + state(impediment, ageText))
			.build();
	}

	private static String state(Impediment impediment, String ageText) {
		return switch (impediment.status()) {
			case RESOLVED -> "resolved after " + ageText + " of working time";
			case MERGED -> "merged into " + Impediment.key(impediment.mergedInto());
			case SNOOZED -> "snoozed until " + impediment.snoozedUntil() + " \u00b7 " + ageText + " working";
			default -> ageText + " working" + (impediment.rung() > 0 ? " \u00b7 rung " + impediment.rung() : "")
					+ (impediment.dueDate() != null ? " \u00b7 due " + impediment.dueDate() : "");
		};
	}

	/** The reply to a change: what happened, then the impediment as it is now. */
	static ChatMessage changed(String what, Impediment impediment, String ageText) {
		return ChatMessage.of(Text.builder().plain(what + ": ").append(line(impediment, ageText)).build());
	}

	static ChatMessage show(Impediment impediment, String ageText, List<String> reporters,
			List<ImpedimentEvent> history, boolean fullHistory, ZoneId zone) {
		Text.Builder who = Text.builder().plain("Owner ").mention(impediment.ownerId()).plain(" \u00b7 reported by ");
		for (int i = 0; i < reporters.size(); i++) {
			who.plain(i == 0 ? "" : ", ").mention(reporters.get(i));
		}
		ChatMessage.Builder message = ChatMessage.builder(impediment.key() + ": " + impediment.title())
			.header(impediment.key())
			.section(line(impediment, ageText))
			.context(who.build());
		List<ImpedimentEvent> shown = fullHistory ? history
				: history.subList(Math.max(0, history.size() - SHORT_HISTORY), history.size());
		message.section(historyText(shown, zone, fullHistory || history.size() <= SHORT_HISTORY ? null
				: "/impediment history " + impediment.key() + " shows all " + history.size() + " entries."));
		return message.build();
	}

	/** History lines, newest last, with {@code <@id>} mentions as mention spans. */
	public static Text historyText(List<ImpedimentEvent> events, ZoneId zone, String footer) {
		Text.Builder lines = Text.builder().bold("History").plain("\n");
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
		Matcher matcher = MENTION.matcher(detail);
		int last = 0;
		while (matcher.find()) {
			text.plain(detail.substring(last, matcher.start())).mention(matcher.group(1));
			last = matcher.end();
		}
		text.plain(detail.substring(last));
	}

}
