package dev.steward.sprint;

import java.time.LocalDate;
import java.util.List;

import dev.steward.chat.Button;
import dev.steward.chat.ChatMessage;
import dev.steward.chat.Text;
import dev.steward.i18n.Words;
import dev.steward.impediment.Impediment;
import dev.steward.team.Team;

/**
 * The sprint's messages, each in its reader's words: the value-goal reminder, the goals with what threatens them, the
 * review card, lessons.
 */
final class SprintMessages {

	private SprintMessages() {
	}

	static String dates(Words words, Sprint sprint) {
		return words.day(sprint.startsOn()) + " \u2013 " + words.day(sprint.endsOn());
	}

	static Text goal(Words words, ValueGoal goal) {
		Text.Builder text = Text.builder()
			.bold(goal.label(words))
			.plain("\n" + words.get("sprint.goal.measured-by", goal.measure()));
		if (goal.stakeholderId() != null) {
			text.plain(" \u00b7 " + words.get("sprint.goal.cares") + " ").mention(goal.stakeholderId());
		}
		return text.build();
	}

	static ChatMessage reminder(Words words, Team team, Sprint sprint, List<ValueGoal> goals) {
		ChatMessage.Builder message = ChatMessage
			.builder(words.get("sprint.reminder.summary", sprint.name(), team.name()))
			.header(words.get("sprint.reminder.title", sprint.name()))
			.context(Text.plain(words.get("sprint.reminder.dates", dates(words, sprint))));
		goals.forEach((goal) -> message.section(goal(words, goal)));
		return message.context(Text.plain(words.get("sprint.reminder.link"))).build();
	}

	static ChatMessage goals(Words words, Sprint sprint, List<Sprints.GoalView> views, LocalDate today) {
		String title = words.get("sprint.goals.title", sprint.name());
		String dates = dates(words, sprint);
		ChatMessage.Builder message = ChatMessage.builder(title).header(title)
			.context(Text.plain(sprint.isOn(today) ? dates : words.get("sprint.goals.not-today", dates)));
		for (Sprints.GoalView view : views) {
			Text.Builder text = Text.builder().append(goal(words, view.goal())).plain("\n");
			ValueGoal goal = view.goal();
			if (goal.reviewOutcome() != null) {
				text.plain(words.get("sprint.goals.review", goal.reviewOutcome().label(words))
						+ (goal.reviewNote() == null ? "" : " \u2013 " + goal.reviewNote()));
			}
			else if (view.atRisk()) {
				text.bold(words.get("sprint.goals.at-risk") + " ")
					.plain(words.get("sprint.goals.blockers", keys(view.blockers()), view.oldestAge(words)));
			}
			else {
				text.plain(words.get("sprint.goals.clear"));
			}
			message.section(text.build());
		}
		return message.build();
	}

	static String keys(List<Impediment> blockers) {
		return String.join(", ", blockers.stream().map(Impediment::key).toList());
	}

	static ChatMessage reviewCard(Words words, Team team, Sprint sprint, List<ValueGoal> goals,
			List<Impediment> changes) {
		String title = words.get("sprint.review.title", sprint.name());
		ChatMessage.Builder message = ChatMessage
			.builder(words.get("sprint.review.summary", sprint.name(), team.name()))
			.header(title)
			.section(Text.plain(
					words.get("sprint.review.ends", team.name(), sprint.name(), words.day(sprint.endsOn()))));
		goals.forEach((goal) -> message.section(goal(words, goal)));
		changes(words, message, changes);
		Button review = Button.primary(words.get("sprint.review.button"), SprintActions.REVIEW,
				Long.toString(sprint.id()));
		return message.buttons(review).build();
	}

	/** To the team channel: a PM planned a sprint. */
	static ChatMessage planned(Words words, String actorId, Team team, Sprint sprint, List<ValueGoal> goals) {
		ChatMessage.Builder message = ChatMessage
			.builder(words.get("sprint.planned.summary", sprint.name(), team.name()))
			.section(Sentence.text(words.get("sprint.planned", Sentence.mention(actorId), Sentence.bold(sprint.name()),
					dates(words, sprint), goals.size())));
		goals.forEach((goal) -> message.section(goal(words, goal)));
		return message.build();
	}

	/** To the team channel: a PM ended the sprint early or on time. */
	static ChatMessage ended(Words words, String actorId, Sprint sprint) {
		return ChatMessage.of(Sentence.text(
				words.get("sprint.ended", Sentence.mention(actorId), Sentence.bold(sprint.name()))));
	}

	/** The change requests decided during the sprint, each with its decision and reason. */
	private static void changes(Words words, ChatMessage.Builder message, List<Impediment> changes) {
		if (changes.isEmpty()) {
			return;
		}
		Text.Builder text = Text.builder().bold(words.get("sprint.changes.title"));
		for (Impediment change : changes) {
			text.plain("\n" + change.key() + " " + change.title() + ": " + change.decision().label(words) + " \u2013 "
					+ change.decisionReason());
		}
		message.section(text.build());
	}

	/** The review's result: in place of the review card, and to the team channel. */
	static ChatMessage reviewed(Words words, String actorId, Sprint sprint, List<ValueGoal> goals,
			List<Impediment> changes) {
		ChatMessage.Builder message = ChatMessage.builder(words.get("sprint.reviewed.summary", sprint.name()))
			.section(Sentence.text(
					words.get("sprint.reviewed", Sentence.mention(actorId), Sentence.bold(sprint.name()))));
		for (ValueGoal goal : goals) {
			String outcome = (goal.reviewOutcome() == null) ? words.get("sprint.reviewed.not-reviewed")
					: goal.reviewOutcome().label(words);
			message.section(Text.builder().bold(goal.label(words))
				.plain("\n" + outcome + (goal.reviewNote() == null ? "" : " \u2013 " + goal.reviewNote()))
				.build());
		}
		changes(words, message, changes);
		return message.build();
	}

	static ChatMessage lessonOffer(Words words, Impediment impediment) {
		return ChatMessage.builder(words.get("sprint.lesson-offer.summary", impediment.key()))
			.section(Sentence.text(
					words.get("sprint.lesson-offer.text", Sentence.bold(impediment.key()), impediment.title())))
			.buttons(Button.of(words.get("sprint.lesson-offer.button"), SprintActions.LESSON,
					Long.toString(impediment.id())))
			.build();
	}

	static ChatMessage lessons(Words words, Team team, List<SprintRepository.Lesson> lessons) {
		String title = words.get("sprint.lessons.title", team.name());
		ChatMessage.Builder message = ChatMessage.builder(title).header(title);
		if (lessons.isEmpty()) {
			return message.section(Text.plain(words.get("sprint.lessons.none"))).build();
		}
		for (SprintRepository.Lesson lesson : lessons) {
			Text.Builder text = Text.builder().plain(lesson.text() + "\n").mention(lesson.authorId());
			text.plain(" \u00b7 " + words.day(lesson.at().atZone(team.zone()).toLocalDate())
					+ (lesson.sprintName() == null ? "" : " \u00b7 " + lesson.sprintName())
					+ (lesson.impedimentId() == null ? "" : " \u00b7 " + Impediment.key(lesson.impedimentId())));
			message.section(text.build());
		}
		return message.build();
	}

}
