package dev.steward.standup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.impediment.Impediment;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;

/** Composes a run's channel summary: answers per member, blockers highlighted, who did not answer, who is away. */
@Component
class StandupSummary {

	private final StandupRepository standups;

	private final TeamRepository teams;

	private final ImpedimentLog impediments;

	private final List<StandupExtras> extras;

	StandupSummary(StandupRepository standups, TeamRepository teams, ImpedimentLog impediments,
			List<StandupExtras> extras) {
		this.standups = standups;
		this.teams = teams;
		this.impediments = impediments;
		this.extras = extras;
	}

	ChatMessage compose(Team team, Run run) {
		Map<Long, Entry> entries = standups.entries(run.id());
		Map<Long, List<Answer>> answers = standups.answers(run.id());
		List<Member> answered = new ArrayList<>();
		List<String> blocked = new ArrayList<>();
		List<String> silent = new ArrayList<>();
		List<String> away = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (Member member : teams.members(team.id())) {
			Entry entry = entries.get(member.id());
			if (entry != null && entry.isAnswered()) {
				answered.add(member);
			}
			else if (member.isAwayOn(run.date())) {
				away.add(member.displayName());
			}
			else if (entry != null && entry.isSkipped()) {
				skipped.add(member.displayName());
			}
			else if (member.participates()) {
				silent.add(member.displayName());
			}
		}
		String title = team.name() + " stand-up \u00b7 " + StandupMessages.day(run.date());
		ChatMessage.Builder message = ChatMessage.builder(title).header(title);
		List<Text> sections = new ArrayList<>();
		for (Member member : answered) {
			Optional<Impediment> blocker = blocker(run, member, answers.get(member.id()));
			blocker.ifPresent((impediment) -> blocked.add(member.displayName() + " (" + impediment.key() + ")"));
			sections.add(memberSection(member, answers.getOrDefault(member.id(), List.of()), blocker));
		}
		message.context(Text.plain(counts(answered.size(), answered.size() + silent.size() + skipped.size(),
				blocked.size(), away.size())));
		sections.stream().limit(StandupMessages.MAX_MEMBER_SECTIONS).forEach(message::section);
		if (sections.size() > StandupMessages.MAX_MEMBER_SECTIONS) {
			message.context(Text.plain("\u2026and " + (sections.size() - StandupMessages.MAX_MEMBER_SECTIONS)
					+ " more answers: type /standup status to see them all."));
		}
		message.divider();
		line(message, "\ud83d\udea7 Blocked: ", blocked);
		line(message, "No answer: ", silent);
		line(message, "Skipped: ", skipped);
		line(message, "Away: ", away);
		extras.forEach((extra) -> extra.summaryNotes(team, run.date(), run.id()).forEach(message::section));
		return message.build();
	}

	private Optional<Impediment> blocker(Run run, Member member, List<Answer> answers) {
		if (answers == null || answers.stream()
			.noneMatch((answer) -> answer.kind() == Question.Kind.BLOCKERS && Blockers.isBlocker(answer.text()))) {
			return Optional.empty();
		}
		return impediments.fromStandup(run.id(), member.userId());
	}

	private static Text memberSection(Member member, List<Answer> answers, Optional<Impediment> blocker) {
		Text.Builder text = Text.builder().bold(member.displayName());
		blocker.ifPresent((impediment) -> text.plain(" \ud83d\udea7 blocked (" + impediment.key() + ")"));
		for (Answer answer : answers) {
			if (!answer.text().isBlank()) {
				text.plain("\n").bold(answer.question()).plain("\n" + answer.text());
			}
		}
		return text.build();
	}

	private static String counts(int answered, int expected, int blocked, int away) {
		return answered + " of " + expected + " answered \u00b7 " + blocked + " blocked \u00b7 " + away + " away";
	}

	private static void line(ChatMessage.Builder message, String label, List<String> names) {
		if (!names.isEmpty()) {
			message.section(Text.builder().bold(label).plain(String.join(", ", names)).build());
		}
	}

}
