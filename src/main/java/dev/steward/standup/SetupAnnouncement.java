package dev.steward.standup;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.command.Actor;
import dev.steward.command.Dates;
import dev.steward.team.Member;
import dev.steward.team.Team;

/**
 * What the team channel is told when a PM saves the setup form: the whole setup the first time, and afterwards
 * only what changed, so the people affected hear about it where they look.
 */
final class SetupAnnouncement {

	private SetupAnnouncement() {
	}

	static ChatMessage of(Actor actor, Team before, Team after, StandupConfig old, StandupConfig config,
			List<Member> oldMembers, List<Member> members, boolean several) {
		Text.Builder text = Text.builder().mention(actor.userId());
		String what = several ? config.name() + " in " : "the stand-up of ";
		if (old == null) {
			text.plain(" set up " + what).bold(after.name()).plain(".\n").plain(describe(after, config))
				.plain("\nStanding up: ");
			names(text, members.stream().filter(Member::participates).map(Member::userId).toList());
			text.plain(" \u00b7 PMs: ");
			names(text, members.stream().filter(Member::isPm).map(Member::userId).toList());
			return ChatMessage.of(text.plain("\nType /standup help to see what you can do.").build());
		}
		List<String> changes = changes(before, after, old, config);
		text.plain(" changed " + what).bold(after.name()).plain(": ");
		text.plain(changes.isEmpty() ? "no settings changed" : String.join("; ", changes)).plain(".");
		people(text, "Now standing up: ", ids(members, Member::participates), ids(oldMembers, Member::participates));
		people(text, "No longer standing up: ", ids(oldMembers, Member::participates), ids(members, Member::participates));
		people(text, "New PMs: ", ids(members, Member::isPm), ids(oldMembers, Member::isPm));
		return ChatMessage.of(text.build());
	}

	/** The stand-up's settings in one sentence, for the team channel and for people elsewhere. */
	static String describe(Team team, StandupConfig config) {
		return "Prompts at " + Dates.time(config.promptTime()) + " "
				+ (config.zonePolicy() == ZonePolicy.MEMBER ? "in each member's own time zone" : team.zone().getId())
				+ " on " + days(config.weekdays()) + " (not on holidays), a reminder " + config.reminderText()
				+ ", and the summary in " + team.name() + " at "
				+ Dates.time(config.reportTime()) + " " + team.zone().getId() + ".";
	}

	private static List<String> changes(Team before, Team after, StandupConfig old, StandupConfig config) {
		List<String> changes = new ArrayList<>();
		change(changes, "name", old.name(), config.name());
		change(changes, "prompt time", Dates.time(old.promptTime()), Dates.time(config.promptTime()));
		change(changes, "summary time", Dates.time(old.reportTime()), Dates.time(config.reportTime()));
		change(changes, "reminder", old.reminderText(), config.reminderText());
		change(changes, "days", days(old.weekdays()), days(config.weekdays()));
		change(changes, "whose clock", old.zonePolicy().name().toLowerCase(Locale.ROOT),
				config.zonePolicy().name().toLowerCase(Locale.ROOT));
		change(changes, "team time zone", before.zone().getId(), after.zone().getId());
		change(changes, "language", SetupInput.LANGUAGES.get(before.language()),
				SetupInput.LANGUAGES.get(after.language()));
		if (!old.questions().equals(config.questions())) {
			changes.add("questions: "
					+ config.questions().stream().map(QuestionLines::write).collect(Collectors.joining(" / ")));
		}
		return changes;
	}

	private static void change(List<String> changes, String what, String from, String to) {
		if (!Objects.equals(from, to)) {
			changes.add(what + " " + from + " \u2192 " + to);
		}
	}

	private static void people(Text.Builder text, String label, Set<String> now, Set<String> before) {
		List<String> added = now.stream().filter((id) -> !before.contains(id)).sorted().toList();
		if (!added.isEmpty()) {
			text.plain("\n" + label);
			names(text, added);
		}
	}

	private static Set<String> ids(List<Member> members, java.util.function.Predicate<Member> which) {
		return members.stream().filter(which).map(Member::userId).collect(Collectors.toSet());
	}

	private static void names(Text.Builder text, List<String> userIds) {
		if (userIds.isEmpty()) {
			text.plain("nobody yet");
		}
		for (int i = 0; i < userIds.size(); i++) {
			text.plain(i == 0 ? "" : ", ").mention(userIds.get(i));
		}
	}

	static String days(Set<DayOfWeek> days) {
		return days.stream()
			.sorted()
			.map((day) -> day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
			.collect(Collectors.joining(", "));
	}

}
