package dev.steward.standup;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.steward.chat.Block;
import dev.steward.chat.Button;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.i18n.Words;
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

	/** Stands for a bold argument in a sentence from the bundle, which the message then writes in bold. */
	private static final String MARK = "\u0000";

	/** The most member sections one summary carries; Slack allows 50 blocks a message. */
	static final int MAX_MEMBER_SECTIONS = 40;

	private StandupMessages() {
	}

	/** The member's own zone, or the team's when the platform did not tell. */
	static ZoneId readerZone(Team team, Member member) {
		return member.zone() != null ? member.zone() : team.zone();
	}

	/**
	 * The prompt, in the member's words; it names the stand-up when the team runs several ({@code named} is then its
	 * name, else null).
	 */
	static ChatMessage prompt(Team team, StandupConfig config, Run run, Member member, StandupSchedule schedule,
			Instant now, List<Text> notes, String named) {
		Words words = member.words(team);
		String title = words.get("standup.prompt.title", (named != null) ? named : words.get("standup.title"),
				words.day(run.date()));
		String which = (named != null) ? words.get("standup.prompt.named", named, team.name())
				: words.get("standup.prompt.team", team.name());
		ChatMessage.Builder message = ChatMessage.builder(words.get("standup.prompt.fallback", title, which))
			.header(title);
		notes.forEach(message::context);
		Instant report = schedule.reportAt(run.date());
		String when = words.timeFor(report, readerZone(team, member), team.zone());
		String summary = " " + (report.isAfter(now) ? words.get("standup.prompt.summary-at", when)
				: words.get("standup.prompt.summary-went", when));
		return message
			.section(greeting(words, team, member, named).plain(summary).build())
			.buttons(answer(words, run), skip(words, run))
			.context(Text.plain(words.get("standup.prompt.reply-here", config.questions()
				.stream()
				.map((question) -> AnswerFields.replyLine(words, config.questions(), question))
				.collect(Collectors.joining(" / ")))))
			.build()
			.viewedThrough(view(run));
	}

	private static Text.Builder greeting(Words words, Team team, Member member, String named) {
		if (named != null) {
			return bolded(words.get("standup.greeting.named", member.displayName(), MARK, team.name()), named);
		}
		return bolded(words.get("standup.greeting.team", member.displayName(), MARK), team.name());
	}

	/** The sentence, written with {@link #MARK} in place of one argument, with that argument in bold. */
	static Text.Builder bolded(String sentence, String bold) {
		int at = sentence.indexOf(MARK);
		return Text.builder()
			.plain(sentence.substring(0, at))
			.bold(bold)
			.plain(sentence.substring(at + MARK.length()));
	}

	/** The reminder, in the member's words; {@code named} as for the prompt. */
	static ChatMessage reminder(Team team, Run run, Member member, StandupSchedule schedule, String named) {
		Words words = member.words(team);
		Instant report = schedule.reportAt(run.date());
		String when = words.timeFor(report, readerZone(team, member), team.zone());
		String which = (named != null) ? words.get("standup.reminder.named", named, team.name())
				: words.get("standup.reminder.team", team.name());
		String text = words.get("standup.reminder", which, words.day(run.date())) + " "
				+ (schedule.promptsAfterReport(run.date(), member) ? words.get("standup.reminder.summary-went", when)
						: words.get("standup.reminder.summary-at", when));
		return ChatMessage.builder(text)
			.section(Text.plain(text))
			.buttons(answer(words, run), skip(words, run))
			.build()
			.viewedThrough(view(run));
	}

	/** Answer: opens the answer form, which platforms that can may show inline instead. */
	private static Button answer(Words words, Run run) {
		return Button.primary(words.get("standup.button.answer"), ANSWER, Long.toString(run.id()))
			.showing(Button.Inline.INPUTS);
	}

	private static Button skip(Words words, Run run) {
		return Button.of(words.get("standup.button.skip"), SKIP, Long.toString(run.id()));
	}

	/** The member's own, current version of a prompt, for platforms that refresh messages per person. */
	private static ChatMessage.View view(Run run) {
		return new ChatMessage.View(VIEW, Long.toString(run.id()), List.of());
	}

	/**
	 * What the prompt and reminder become once answered: with "Edit answers" until the summary goes out, without it
	 * after.
	 */
	static ChatMessage answered(Words words, Run run, boolean frozen) {
		String text = frozen ? words.get("standup.answered.frozen", words.day(run.date()))
				: words.get("standup.answered", words.day(run.date()));
		ChatMessage.Builder message = ChatMessage.builder(text).section(Text.plain(text));
		if (!frozen) {
			message.buttons(Button.of(words.get("standup.button.edit"), ANSWER, Long.toString(run.id()))
				.showing(Button.Inline.VALUES));
		}
		return message.build().viewedThrough(view(run));
	}

	/** The summary for the channel, each participant able to see their own version of it. */
	static ChatMessage summaryForChannel(ChatMessage summary, Run run, List<Member> members) {
		return summary.viewedThrough(new ChatMessage.View(SUMMARY_VIEW, Long.toString(run.id()),
				members.stream().filter(Member::participates).map(Member::userId).toList()));
	}

	/** The summary with a line, in the reader's words, saying where their own stand-up stands. */
	static ChatMessage summaryFor(Words words, ChatMessage summary, Run run, Entry entry) {
		String part = entry.isAnswered() ? words.get("standup.yours.answered")
				: entry.isSkipped() ? words.get("standup.yours.skipped", words.day(run.date()))
						: words.get("standup.yours.open");
		List<Block> blocks = new ArrayList<>(summary.blocks());
		blocks.add(new Block.Context(Text.plain(part)));
		return new ChatMessage(summary.fallback(), blocks, summary.view());
	}

	/** The skipped prompt, in the member's words. */
	static ChatMessage skipped(Words words, Run run) {
		return ChatMessage.text(words.get("standup.skipped", words.day(run.date()))).viewedThrough(view(run));
	}

	/** A blocker logged from the answers, told to the person who answered, in their words. */
	static ChatMessage blockerLogged(Words words, String impedimentKey, String title) {
		return ChatMessage.of(bolded(words.get("standup.blocker.logged", MARK, title, impedimentKey), impedimentKey)
			.build());
	}

	/** The blocker is one the member already has open: it was recorded against that one. */
	static ChatMessage stillBlocked(Words words, Impediment impediment, int standups) {
		return ChatMessage.of(bolded(words.get("standup.blocker.still", MARK, impediment.title(), standups,
				impediment.key()), impediment.key())
			.build());
	}

}
