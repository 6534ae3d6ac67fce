package dev.steward.impediment;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;

/** Builds the chat messages of the impediment log. */
final class ImpedimentMessages {

	private static final Pattern MENTION = Pattern.compile("<@([^>]+)>");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

	private ImpedimentMessages() {
	}

	static ChatMessage logged(Impediment impediment) {
		Text text = Text.builder()
			.plain("Logged ")
			.bold(impediment.key())
			.plain(": " + impediment.title() + "\nOwner ")
			.mention(impediment.ownerId())
			.plain(", severity " + impediment.severity().label() + ".")
			.build();
		return ChatMessage.of(text);
	}

	static ChatMessage assignedToYou(Impediment impediment, String byUserId) {
		Text text = Text.builder()
			.mention(byUserId)
			.plain(" made you the owner of ")
			.bold(impediment.key())
			.plain(": " + impediment.title() + " (severity " + impediment.severity().label() + ").")
			.build();
		return ChatMessage.of(text);
	}

	static ChatMessage list(String title, List<Impediment> impediments, Instant now) {
		ChatMessage.Builder message = ChatMessage.builder(title).header(title);
		if (impediments.isEmpty()) {
			return message.section(Text.plain("Nothing open. \u2728")).build();
		}
		for (Impediment impediment : impediments) {
			message.section(line(impediment, now));
		}
		return message.build();
	}

	static Text line(Impediment impediment, Instant now) {
		return Text.builder()
			.bold(impediment.key())
			.plain(" " + impediment.title() + "\n")
			.plain("owner ")
			.mention(impediment.ownerId())
			.plain(" \u00b7 " + impediment.severity().label() + " \u00b7 open " + age(impediment.age(now)))
			.build();
	}

	static ChatMessage show(Impediment impediment, List<ImpedimentEvent> history, Instant now, ZoneId zone) {
		ChatMessage.Builder message = ChatMessage.builder(impediment.key() + ": " + impediment.title())
			.header(impediment.key())
			.section(Text.plain(impediment.title()))
			.section(Text.builder()
				.plain("Owner ")
				.mention(impediment.ownerId())
				.plain(" \u00b7 reported by ")
				.mention(impediment.reporterId())
				.plain(" \u00b7 " + impediment.severity().label() + " \u00b7 " + status(impediment, now))
				.build());
		Text.Builder lines = Text.builder().bold("History").plain("\n");
		for (ImpedimentEvent event : history) {
			lines.plain(WHEN.format(event.at().atZone(zone)) + " ");
			withMentions(lines, event.detail());
			lines.plain("\n");
		}
		return message.context(lines.build()).build();
	}

	static ChatMessage resolved(Impediment impediment, Instant now) {
		return ChatMessage.of(Text.builder()
			.plain("Resolved ")
			.bold(impediment.key())
			.plain(": " + impediment.title() + " after " + age(impediment.age(now)) + ".")
			.build());
	}

	private static String status(Impediment impediment, Instant now) {
		return impediment.status() == ImpedimentStatus.RESOLVED
				? "resolved after " + age(impediment.age(now))
						+ (impediment.resolutionNote() == null ? "" : " (" + impediment.resolutionNote() + ")")
				: "open " + age(impediment.age(now));
	}

	/** Turns the {@code <@id>} mentions stored in history details into mention spans. */
	private static void withMentions(Text.Builder text, String detail) {
		Matcher matcher = MENTION.matcher(detail);
		int last = 0;
		while (matcher.find()) {
			text.plain(detail.substring(last, matcher.start())).mention(matcher.group(1));
			last = matcher.end();
		}
		text.plain(detail.substring(last));
	}

	/** A short human age: {@code 45m}, {@code 3h 10m}, {@code 2d 4h}. */
	static String age(Duration age) {
		long minutes = Math.max(0, age.toMinutes());
		if (minutes < 60) {
			return minutes + "m";
		}
		if (minutes < 24 * 60) {
			return (minutes / 60) + "h " + (minutes % 60) + "m";
		}
		return (minutes / (24 * 60)) + "d " + ((minutes / 60) % 24) + "h";
	}

}
