package dev.steward.sprint;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.steward.chat.Button;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.impediment.Impediment;
import dev.steward.team.Team;

/** The sprint's messages: the value-goal reminder, the goals with what threatens them, the review card, lessons. */
final class SprintMessages {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

	private SprintMessages() {
	}

	static String dates(Sprint sprint) {
		return DAY.format(sprint.startsOn()) + " \u2013 " + DAY.format(sprint.endsOn());
	}

	static Text goal(ValueGoal goal) {
		Text.Builder text = Text.builder().bold(goal.label()).plain("\nMeasured by: " + goal.measure());
		if (goal.stakeholderId() != null) {
			text.plain(" \u00b7 cares: ").mention(goal.stakeholderId());
		}
		return text.build();
	}

	static ChatMessage reminder(Team team, Sprint sprint, List<ValueGoal> goals) {
		String title = "\ud83c\udfaf " + sprint.name() + " starts today";
		ChatMessage.Builder message = ChatMessage.builder(title + " for " + team.name())
			.header(title)
			.context(Text.plain(dates(sprint) + " \u00b7 what this sprint is for:"));
		goals.forEach((goal) -> message.section(goal(goal)));
		return message.context(Text.plain("Link a blocker to the goal it threatens: /impediment link IMP-<n> <goal>"))
			.build();
	}

	static ChatMessage goals(Sprint sprint, List<Sprints.GoalView> views, LocalDate today) {
		String title = "Value goals of " + sprint.name();
		ChatMessage.Builder message = ChatMessage.builder(title).header(title)
			.context(Text.plain(dates(sprint) + (sprint.isOn(today) ? "" : " \u00b7 not running today")));
		for (Sprints.GoalView view : views) {
			Text.Builder text = Text.builder().append(goal(view.goal())).plain("\n");
			if (view.goal().reviewOutcome() != null) {
				text.plain("Review: " + view.goal().reviewOutcome().label()
						+ (view.goal().reviewNote() == null ? "" : " \u2013 " + view.goal().reviewNote()));
			}
			else if (view.atRisk()) {
				text.bold("\u26a0\ufe0f At risk: ").plain(keys(view.blockers()) + " (oldest blocker open "
						+ view.oldestAge() + " of working time)");
			}
			else {
				text.plain("\u2705 Nothing blocking it.");
			}
			message.section(text.build());
		}
		return message.build();
	}

	static String keys(List<Impediment> blockers) {
		return String.join(", ", blockers.stream().map(Impediment::key).toList());
	}

	static ChatMessage reviewCard(Team team, Sprint sprint, List<ValueGoal> goals, List<Impediment> changes) {
		String title = "Review " + sprint.name();
		ChatMessage.Builder message = ChatMessage.builder(title + " of " + team.name())
			.header(title)
			.section(Text.plain(team.name() + "'s " + sprint.name() + " ends " + DAY.format(sprint.endsOn())
					+ ". Was each goal met?"));
		goals.forEach((goal) -> message.section(goal(goal)));
		changes(message, changes);
		return message.buttons(Button.primary("Review the goals", SprintActions.REVIEW, Long.toString(sprint.id())))
			.build();
	}

	/** To the team channel: a PM planned a sprint. */
	static ChatMessage planned(String actorId, Team team, Sprint sprint, List<ValueGoal> goals) {
		ChatMessage.Builder message = ChatMessage.builder(sprint.name() + " is planned for " + team.name())
			.section(Text.builder().mention(actorId).plain(" planned ").bold(sprint.name()).plain(" (" + dates(sprint)
					+ ") with " + goals.size() + " value goal" + (goals.size() == 1 ? "" : "s") + ":").build());
		goals.forEach((goal) -> message.section(goal(goal)));
		return message.build();
	}

	/** To the team channel: a PM ended the sprint early or on time. */
	static ChatMessage ended(String actorId, Sprint sprint) {
		return ChatMessage.of(Text.builder().mention(actorId).plain(" ended ").bold(sprint.name())
			.plain(" today. The PMs review its goals next; lessons go in with /lesson <text>.").build());
	}

	/** The review's result: in place of the review card, and to the team channel. */
	/** The change requests decided during the sprint, each with its decision and reason. */
	private static void changes(ChatMessage.Builder message, List<Impediment> changes) {
		if (changes.isEmpty()) {
			return;
		}
		Text.Builder text = Text.builder().bold("Change requests decided in this sprint");
		for (Impediment change : changes) {
			text.plain("\n" + change.key() + " " + change.title() + ": " + change.decision().label() + " \u2013 "
					+ change.decisionReason());
		}
		message.section(text.build());
	}

	static ChatMessage reviewed(String actorId, Sprint sprint, List<ValueGoal> goals, List<Impediment> changes) {
		ChatMessage.Builder message = ChatMessage.builder(sprint.name() + " is reviewed")
			.section(Text.builder().plain("\u2705 ").mention(actorId).plain(" reviewed ").bold(sprint.name()).plain(":")
				.build());
		for (ValueGoal goal : goals) {
			message.section(Text.builder().bold(goal.label()).plain("\n" + (goal.reviewOutcome() == null ? "not reviewed"
					: goal.reviewOutcome().label()) + (goal.reviewNote() == null ? "" : " \u2013 " + goal.reviewNote()))
				.build());
		}
		changes(message, changes);
		return message.build();
	}

	static ChatMessage lessonOffer(Impediment impediment) {
		return ChatMessage.builder(impediment.key() + " is resolved. Anything to learn from it?")
			.section(Text.builder()
				.bold(impediment.key())
				.plain(" is resolved: " + impediment.title() + "\nAnything the team should learn from it?")
				.build())
			.buttons(Button.of("Record a lesson", SprintActions.LESSON, Long.toString(impediment.id())))
			.build();
	}

	static ChatMessage lessons(Team team, List<SprintRepository.Lesson> lessons) {
		String title = "Lessons learned by " + team.name();
		ChatMessage.Builder message = ChatMessage.builder(title).header(title);
		if (lessons.isEmpty()) {
			return message.section(Text.plain("None yet. Record one with /lesson <text>.")).build();
		}
		for (SprintRepository.Lesson lesson : lessons) {
			Text.Builder text = Text.builder().plain(lesson.text() + "\n").mention(lesson.authorId());
			text.plain(" \u00b7 " + DAY.format(lesson.at().atZone(team.zone()))
					+ (lesson.sprintName() == null ? "" : " \u00b7 " + lesson.sprintName())
					+ (lesson.impedimentId() == null ? "" : " \u00b7 " + Impediment.key(lesson.impedimentId())));
			message.section(text.build());
		}
		return message.build();
	}

}
