package dev.steward.standup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.steward.chat.Button;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.team.Team;

/** Builds the stand-up's chat messages: the prompt, the reminder, confirmations and the channel summary. */
final class StandupMessages {

	static final String ANSWER = "standup.answer";

	static final String SKIP = "standup.skip";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	/** The most member sections one summary carries; Slack allows 50 blocks a message. */
	static final int MAX_MEMBER_SECTIONS = 40;

	private StandupMessages() {
	}

	static String day(LocalDate date) {
		return DAY.format(date);
	}

	static ChatMessage prompt(Team team, Run run, String name, LocalTime reportTime, List<Question> questions,
			List<Text> notes) {
		String title = "Stand-up \u00b7 " + day(run.date());
		ChatMessage.Builder message = ChatMessage.builder(title + ": time for the " + team.name() + " stand-up")
			.header(title);
		notes.forEach(message::context);
		return message
			.section(Text.builder()
				.plain("Good morning, " + name + "! Time for the ")
				.bold(team.name())
				.plain(" stand-up. The summary goes to the team channel at " + TIME.format(reportTime) + " ("
						+ team.zone().getId() + ").")
				.build())
			.buttons(Button.primary("Answer", ANSWER, Long.toString(run.id())),
					Button.of("Skip today", SKIP, Long.toString(run.id())))
			.context(Text.plain("Or reply here with one line per question: " + questions.stream()
				.map(Question::text)
				.collect(Collectors.joining(" / "))))
			.build();
	}

	static ChatMessage reminder(Team team, Run run, LocalTime reportTime) {
		String text = "Reminder: your " + team.name() + " stand-up for " + day(run.date())
				+ " is still open. The summary goes out at " + TIME.format(reportTime) + ".";
		return ChatMessage.builder(text)
			.section(Text.plain(text))
			.buttons(Button.primary("Answer", ANSWER, Long.toString(run.id())),
					Button.of("Skip today", SKIP, Long.toString(run.id())))
			.build();
	}

	static ChatMessage answered(Run run, boolean late) {
		String text = "\u2705 Thanks, your stand-up for " + day(run.date()) + " is in"
				+ (late ? " and added to the summary." : ". You can change it until the summary goes out.");
		ChatMessage.Builder message = ChatMessage.builder(text).section(Text.plain(text));
		if (!late) {
			message.buttons(Button.of("Edit answers", ANSWER, Long.toString(run.id())));
		}
		return message.build();
	}

	static ChatMessage skipped(Run run) {
		return ChatMessage.text("Skipped your stand-up for " + day(run.date()) + ". See you next time!");
	}

	static ChatMessage blockerLogged(String impedimentKey, String title) {
		return ChatMessage.of(Text.builder()
			.plain("I logged your blocker as ")
			.bold(impedimentKey)
			.plain(": " + title + "\nYou own it; type /impediment show " + impedimentKey + " to follow it.")
			.build());
	}

	static ChatMessage replyFormat(List<Question> questions) {
		return ChatMessage.text("To answer by message, send one line per question, in this order:\n" + questions
			.stream()
			.map(Question::text)
			.collect(Collectors.joining("\n")) + "\nOr press Answer on the prompt.");
	}

}
