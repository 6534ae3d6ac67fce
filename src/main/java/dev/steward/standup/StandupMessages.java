package dev.steward.standup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.steward.chat.Block;
import dev.steward.chat.Button;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.command.Dates;
import dev.steward.impediment.Impediment;
import dev.steward.team.Member;
import dev.steward.team.Team;

/** Builds the stand-up's chat messages: the prompt, the reminder, confirmations and what replaces them later. */
final class StandupMessages {

	static final String ANSWER = "standup.answer";

	static final String SKIP = "standup.skip";

	/** A member's own version of their prompt, as it stands now. */
	static final String VIEW = "standup.view";

	/** A member's own version of the channel summary: the summary as it stands now, with their part in it. */
	static final String SUMMARY_VIEW = "standup.summary";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

	/** The most member sections one summary carries; Slack allows 50 blocks a message. */
	static final int MAX_MEMBER_SECTIONS = 40;

	private StandupMessages() {
	}

	/** The stand-up as a sentence starts with it: its name when the team has several, else "The stand-up". */
	static String the(StandupConfig config, boolean several) {
		return several ? config.name() : "The stand-up";
	}

	/** The stand-up after a team's name ("#team's Week in review"): its name when the team has several. */
	static String name(StandupConfig config, boolean several) {
		return several ? config.name() : "stand-up";
	}

	static String day(LocalDate date) {
		return DAY.format(date);
	}

	/** The member's own zone, or the team's when the platform did not tell. */
	static ZoneId readerZone(Team team, Member member) {
		return member.zone() != null ? member.zone() : team.zone();
	}

	/** The prompt; it names the stand-up when the team runs several ({@code named} is then its name, else null). */
	static ChatMessage prompt(Team team, StandupConfig config, Run run, Member member, StandupSchedule schedule,
			Instant now, List<Text> notes, String named) {
		String title = ((named != null) ? named : "Stand-up") + " \u00b7 " + day(run.date());
		String which = (named != null) ? named + " in " + team.name() : "the " + team.name() + " stand-up";
		ChatMessage.Builder message = ChatMessage.builder(title + ": time for " + which).header(title);
		notes.forEach(message::context);
		Instant report = schedule.reportAt(run.date());
		String when = Dates.timeFor(report, readerZone(team, member), team.zone());
		String summary = report.isAfter(now) ? " The summary goes to the team channel at " + when + "."
				: " The summary went to the team channel at " + when + "; your answers will be added to it.";
		return message
			.section(greeting(team, member, named).plain(summary).build())
			.buttons(answer(run), Button.of("Skip today", SKIP, Long.toString(run.id())))
			.context(Text.plain("Or reply here with one line per question: " + config.questions()
				.stream()
				.map((question) -> AnswerFields.replyLine(config.questions(), question))
				.collect(Collectors.joining(" / "))))
			.build()
			.viewedThrough(view(run));
	}

	private static Text.Builder greeting(Team team, Member member, String named) {
		Text.Builder text = Text.builder().plain("Good morning, " + member.displayName() + "! Time for ");
		if (named != null) {
			return text.bold(named).plain(" in " + team.name() + ".");
		}
		return text.plain("the ").bold(team.name()).plain(" stand-up.");
	}

	/** The reminder; {@code named} as for the prompt. */
	static ChatMessage reminder(Team team, Run run, Member member, StandupSchedule schedule, String named) {
		Instant report = schedule.reportAt(run.date());
		String when = Dates.timeFor(report, readerZone(team, member), team.zone());
		String which = (named != null) ? named + " in " + team.name() : team.name() + " stand-up";
		String text = "Reminder: your " + which + " for " + day(run.date()) + " is still open. "
				+ (schedule.promptsAfterReport(run.date(), member)
						? "The summary went out at " + when + "; your answers will be added to it."
						: "The summary goes out at " + when + ".");
		return ChatMessage.builder(text)
			.section(Text.plain(text))
			.buttons(answer(run), Button.of("Skip today", SKIP, Long.toString(run.id())))
			.build()
			.viewedThrough(view(run));
	}

	/** Answer: opens the answer form, which platforms that can may show inline instead. */
	private static Button answer(Run run) {
		return Button.primary("Answer", ANSWER, Long.toString(run.id())).showing(Button.Inline.INPUTS);
	}

	/** The member's own, current version of a prompt, for platforms that refresh messages per person. */
	private static ChatMessage.View view(Run run) {
		return new ChatMessage.View(VIEW, Long.toString(run.id()), List.of());
	}

	/**
	 * What the prompt and reminder become once answered: with "Edit answers" until the summary goes out, without it
	 * after.
	 */
	static ChatMessage answered(Run run, boolean frozen) {
		String text = frozen ? "\u2705 Your stand-up for " + day(run.date()) + " is in the team's summary."
				: "\u2705 Thanks, your stand-up for " + day(run.date())
						+ " is in. You can change it until the summary goes out.";
		ChatMessage.Builder message = ChatMessage.builder(text).section(Text.plain(text));
		if (!frozen) {
			message.buttons(Button.of("Edit answers", ANSWER, Long.toString(run.id())).showing(Button.Inline.VALUES));
		}
		return message.build().viewedThrough(view(run));
	}

	/** The summary for the channel, each participant able to see their own version of it. */
	static ChatMessage summaryForChannel(ChatMessage summary, Run run, List<Member> members) {
		return summary.viewedThrough(new ChatMessage.View(SUMMARY_VIEW, Long.toString(run.id()),
				members.stream().filter(Member::participates).map(Member::userId).toList()));
	}

	/** The summary with a line for the member who reads it, saying where their own stand-up stands. */
	static ChatMessage summaryFor(ChatMessage summary, Run run, Entry entry) {
		String part = entry.isAnswered() ? "\u2705 Your answers are in this summary."
				: entry.isSkipped() ? "You skipped the stand-up for " + day(run.date()) + "."
						: "You have not answered yet; answer in your chat with Steward and it is added here.";
		List<Block> blocks = new ArrayList<>(summary.blocks());
		blocks.add(new Block.Context(Text.plain(part)));
		return new ChatMessage(summary.fallback(), blocks, summary.view());
	}

	static ChatMessage skipped(Run run) {
		return ChatMessage.text("Skipped your stand-up for " + day(run.date()) + ". See you next time!")
			.viewedThrough(view(run));
	}

	static ChatMessage blockerLogged(String impedimentKey, String title) {
		return ChatMessage.of(Text.builder()
			.plain("I logged your blocker as ")
			.bold(impedimentKey)
			.plain(": " + title + "\nYou own it; type /impediment show " + impedimentKey + " to follow it.")
			.build());
	}

	/** The blocker is one the member already has open: it was recorded against that one. */
	static ChatMessage stillBlocked(Impediment impediment, int standups) {
		return ChatMessage.of(Text.builder()
			.plain("Still blocked by ")
			.bold(impediment.key())
			.plain(": " + impediment.title() + "\nI noted it there instead of opening a new one; it has come up at "
					+ standups + " stand-up" + (standups == 1 ? "" : "s") + ". Type /impediment show " + impediment.key()
					+ " to follow it.")
			.build());
	}

	static ChatMessage replyFormat(List<Question> questions) {
		return ChatMessage.text("To answer by message, send one line per question, in this order:\n" + questions
			.stream()
			.map((question) -> AnswerFields.replyLine(questions, question))
			.collect(Collectors.joining("\n")) + "\nOr press Answer on the prompt.");
	}

}
