package dev.steward.standup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.i18n.Words;
import dev.steward.impediment.Impediment;
import dev.steward.impediment.ImpedimentLog;
import dev.steward.team.Member;
import dev.steward.team.Team;
import dev.steward.team.TeamRepository;

import org.springframework.stereotype.Component;

/**
 * Composes a run's channel summary: answers per member, blockers highlighted, and everyone else by why they did not
 * answer (no answer, skipped, away, or not yet asked because their prompt comes after the summary). The counts in
 * its first line are the lengths of the lists below it.
 */
@Component
class StandupSummary {

	private final StandupRepository standups;

	private final TeamRepository teams;

	private final ImpedimentLog impediments;

	private final List<StandupExtras> extras;

	private final ScaleSummary scales;

	StandupSummary(StandupRepository standups, TeamRepository teams, ImpedimentLog impediments,
			List<StandupExtras> extras, ScaleSummary scales) {
		this.scales = scales;
		this.standups = standups;
		this.teams = teams;
		this.impediments = impediments;
		this.extras = extras;
	}

	/** Who is in which list. */
	private record People(List<Member> answered, List<String> silent, List<String> notYetAsked,
			List<String> skipped, List<String> away) {

		int expected() {
			return answered.size() + silent.size() + notYetAsked.size() + skipped.size();
		}

	}

	ChatMessage compose(Team team, StandupSchedule schedule, Run run, boolean late) {
		return compose(team, schedule, run, late, true);
	}

	/**
	 * The parent of a threaded report: the title, the counts and who has not answered; the answers are its replies.
	 */
	ChatMessage threadHeader(Team team, StandupSchedule schedule, Run run, boolean late) {
		return compose(team, schedule, run, late, false);
	}

	/** One member's answers, as their reply in a threaded report, in the team's words. */
	ChatMessage answersOf(Run run, Member member) {
		List<Answer> answers = standups.answers(run.id()).getOrDefault(member.id(), List.of());
		Words words = teams.find(run.teamId()).map(Team::words).orElse(Words.ENGLISH);
		return ChatMessage.of(memberSection(words, member, answers, blocker(run, member)));
	}

	private ChatMessage compose(Team team, StandupSchedule schedule, Run run, boolean late, boolean withAnswers) {
		Words words = team.words();
		Map<Long, List<Answer>> answers = standups.answers(run.id());
		People people = people(words, team, schedule, run);
		String named = standups.standup(run.standupId()).map(standups::nameIfSeveral).orElse(null);
		String title = (named != null) ? words.get("standup.summary.title.named", team.name(), named,
				words.day(run.date())) : words.get("standup.summary.title", team.name(), words.day(run.date()));
		ChatMessage.Builder message = ChatMessage.builder(title).header(title);
		List<String> blocked = new ArrayList<>();
		List<Text> sections = new ArrayList<>();
		for (Member member : people.answered()) {
			Optional<Impediment> blocker = blocker(run, member);
			blocker.ifPresent((impediment) -> blocked.add(member.displayName() + " (" + impediment.key() + ")"));
			sections.add(memberSection(words, member, answers.getOrDefault(member.id(), List.of()), blocker));
		}
		message.context(Text.plain(counts(words, people, blocked.size()) + (late ? " \u00b7 " + words
			.get("standup.summary.late", words.timeFor(schedule.reportAt(run.date()), null, team.zone())) : "")));
		if (!withAnswers) {
			message.context(Text.plain(words.get("standup.summary.in-thread")));
			sections.clear();
		}
		sections.stream().limit(StandupMessages.MAX_MEMBER_SECTIONS).forEach(message::section);
		if (sections.size() > StandupMessages.MAX_MEMBER_SECTIONS) {
			message.context(Text.plain(words.get("standup.summary.more",
					Integer.toString(sections.size() - StandupMessages.MAX_MEMBER_SECTIONS))));
		}
		scales.sections(words, run).forEach(message::section);
		message.divider();
		line(message, words.get("standup.summary.blocked"), blocked);
		line(message, words.get("standup.summary.no-answer"), people.silent());
		line(message, words.get("standup.summary.not-yet-asked"), people.notYetAsked());
		line(message, words.get("standup.summary.skipped"), people.skipped());
		line(message, words.get("standup.summary.away"), people.away());
		extras.forEach((extra) -> extra.summaryNotes(team.words(), team, run.date(), run.id()).forEach(message::section));
		return message.build();
	}

	private People people(Words words, Team team, StandupSchedule schedule, Run run) {
		Map<Long, Entry> entries = standups.entries(run.id());
		java.util.Set<Long> optional = standups.optionalMembers(run.standupId());
		People people = new People(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>());
		for (Member member : teams.members(team.id())) {
			Entry entry = entries.get(member.id());
			if (entry != null && entry.isAnswered()) {
				people.answered().add(member);
			}
			else if (!member.participates() || member.isStakeholder() || optional.contains(member.id())) {
				// An optional member who did not answer is not missing, and not counted.
				continue;
			}
			else if (member.isAwayOn(run.date())) {
				people.away().add(member.displayName());
			}
			else if (entry != null && entry.isSkipped()) {
				people.skipped().add(member.displayName());
			}
			else if (entry != null && entry.promptedAt() != null) {
				people.silent().add(member.displayName());
			}
			else {
				people.notYetAsked().add(member.displayName()
						+ (schedule.promptsAfterReport(run.date(), member) ? "" : notAskedReason(words, member)));
			}
		}
		return people;
	}

	private static String notAskedReason(Words words, Member member) {
		return member.reachable() ? "" : " (" + words.get("standup.summary.unreachable") + ")";
	}

	/** The impediment the member's answer named (new or still open), if any: the record, not a reading of words. */
	private Optional<Impediment> blocker(Run run, Member member) {
		return impediments.fromStandup(run.id(), member.id());
	}

	private static Text memberSection(Words words, Member member, List<Answer> answers,
			Optional<Impediment> blocker) {
		Text.Builder text = Text.builder().bold(member.displayName());
		blocker.ifPresent((impediment) -> text.plain(" " + words.get("standup.summary.member-blocked", impediment.key())));
		for (Answer answer : answers) {
			if (!answer.text().isBlank()) {
				text.plain("\n").bold(answer.question()).plain("\n" + answer.text());
			}
		}
		return text.build();
	}

	private static String counts(Words words, People people, int blocked) {
		String counts = words.get("standup.summary.counts", Integer.toString(people.answered().size()),
				Integer.toString(people.expected()), Integer.toString(blocked), Integer.toString(people.away().size()));
		return people.notYetAsked().isEmpty() ? counts : counts + " \u00b7 " + words
			.get("standup.summary.counts.not-yet-asked", Integer.toString(people.notYetAsked().size()));
	}

	private static void line(ChatMessage.Builder message, String label, List<String> names) {
		if (!names.isEmpty()) {
			message.section(Text.builder().bold(label + " ").plain(String.join(", ", names)).build());
		}
	}

}
