package dev.steward.standup;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.command.Actor;
import dev.steward.i18n.Language;
import dev.steward.i18n.Words;
import dev.steward.team.Member;
import dev.steward.team.Team;

/**
 * What the team channel is told when a PM saves the setup form: the whole setup the first time, and afterwards
 * only what changed, so the people affected hear about it where they look.
 */
final class SetupAnnouncement {

	private SetupAnnouncement() {
	}

	/** The announcement, in the words of the team it goes to. */
	static ChatMessage of(Actor actor, Team before, Team after, StandupConfig old, StandupConfig config,
			List<Member> oldMembers, List<Member> members, boolean several) {
		Words words = after.words();
		Text.Builder text = Text.builder().mention(actor.userId());
		String named = several ? ".named" : "";
		if (old == null) {
			text.plain(" " + words.get("setup.announce.set-up" + named, config.name()) + " ").bold(after.name())
				.plain(".\n")
				.plain(describe(words, after, config))
				.plain("\n" + words.get("setup.announce.standing-up") + " ");
			names(words, text, members.stream().filter(Member::participates).map(Member::userId).toList());
			text.plain(" \u00b7 " + words.get("setup.announce.pms") + " ");
			names(words, text, members.stream().filter(Member::isPm).map(Member::userId).toList());
			return ChatMessage.of(text.plain("\n" + words.get("setup.announce.help")).build());
		}
		List<String> changes = changes(words, before, after, old, config);
		text.plain(" " + words.get("setup.announce.changed" + named, config.name()) + " ").bold(after.name())
			.plain(": ");
		text.plain(changes.isEmpty() ? words.get("setup.announce.no-change") : String.join("; ", changes)).plain(".");
		people(words, text, "setup.announce.now-standing", ids(members, Member::participates),
				ids(oldMembers, Member::participates));
		people(words, text, "setup.announce.no-longer", ids(oldMembers, Member::participates),
				ids(members, Member::participates));
		people(words, text, "setup.announce.new-pms", ids(members, Member::isPm), ids(oldMembers, Member::isPm));
		return ChatMessage.of(text.build());
	}

	/** The stand-up's settings in one sentence, for the team channel and for people elsewhere. */
	static String describe(Words words, Team team, StandupConfig config) {
		String zone = team.zone().getId();
		return words.get("setup.describe", words.time(config.promptTime()),
				config.zonePolicy() == ZonePolicy.MEMBER ? words.get("setup.describe.own-zone") : zone,
				days(words, config.weekdays()), config.reminderText(words), team.name(),
				words.time(config.reportTime()), zone);
	}

	private static List<String> changes(Words words, Team before, Team after, StandupConfig old,
			StandupConfig config) {
		List<String> changes = new ArrayList<>();
		Change change = new Change(words, changes);
		change.of("name", old.name(), config.name());
		change.of("prompt-time", words.time(old.promptTime()), words.time(config.promptTime()));
		change.of("summary-time", words.time(old.reportTime()), words.time(config.reportTime()));
		change.of("reminder", old.reminderText(words), config.reminderText(words));
		change.of("days", days(words, old.weekdays()), days(words, config.weekdays()));
		change.of("policy", policy(words, old.zonePolicy()), policy(words, config.zonePolicy()));
		change.of("zone", before.zone().getId(), after.zone().getId());
		change.of("language", Language.of(before.language()).nativeName(), Language.of(after.language()).nativeName());
		if (!old.questions().equals(config.questions())) {
			changes.add(words.get("setup.change.questions",
					config.questions().stream().map(QuestionLines::write).collect(Collectors.joining(" / "))));
		}
		return changes;
	}

	private static String policy(Words words, ZonePolicy policy) {
		return words.get("setup.policy." + policy.name().toLowerCase(Locale.ROOT));
	}

	/** Adds a line for a setting that changed, named in the team's words. */
	private record Change(Words words, List<String> changes) {

		void of(String what, String from, String to) {
			if (!Objects.equals(from, to)) {
				changes.add(words.get("setup.change." + what) + " " + from + " \u2192 " + to);
			}
		}

	}

	private static void people(Words words, Text.Builder text, String label, Set<String> now, Set<String> before) {
		List<String> added = now.stream().filter((id) -> !before.contains(id)).sorted().toList();
		if (!added.isEmpty()) {
			text.plain("\n" + words.get(label) + " ");
			names(words, text, added);
		}
	}

	private static Set<String> ids(List<Member> members, java.util.function.Predicate<Member> which) {
		return members.stream().filter(which).map(Member::userId).collect(Collectors.toSet());
	}

	private static void names(Words words, Text.Builder text, List<String> userIds) {
		if (userIds.isEmpty()) {
			text.plain(words.get("setup.announce.nobody"));
		}
		for (int i = 0; i < userIds.size(); i++) {
			text.plain(i == 0 ? "" : ", ").mention(userIds.get(i));
		}
	}

	/** The days by their short names in the reader's language ({@code Mon, Tue}). */
	static String days(Words words, Set<DayOfWeek> days) {
		return days.stream()
			.sorted()
			.map(words::weekdayShort)
			.collect(Collectors.joining(", "));
	}

}
