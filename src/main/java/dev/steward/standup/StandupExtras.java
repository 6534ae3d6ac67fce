package dev.steward.standup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import dev.steward.chat.FormField;
import dev.steward.chat.Text;
import dev.steward.i18n.Words;
import dev.steward.team.Member;
import dev.steward.team.Team;

/**
 * What another feature (sprints and value goals) adds to a team's stand-up: a line on the prompt, goals to tag
 * answers with, notes in the summary.
 */
public interface StandupExtras {

	/** A short line for the prompt, such as the sprint's goals, in the reader's words; empty for none. */
	Optional<Text> promptNote(Words words, Team team, LocalDate date);

	/** The goals a member may tag "today" and a blocker with, labelled in the reader's words; empty for none. */
	List<FormField.Option> goalChoices(Words words, Team team, LocalDate date);

	/** Sections to add to the summary, such as goals at risk, in the team's words. */
	List<Text> summaryNotes(Words words, Team team, LocalDate date, long runId);

	/**
	 * Called in the transaction that stored a member's answers with the goals they chose.
	 * @param todayGoal the goal "today" serves, or null
	 * @param blockerGoal the goal the blocker puts at risk, or null
	 * @param blockerImpedimentId the impediment opened from the blocker, or null
	 */
	void answered(Team team, long runId, Member member, String todayGoal, String blockerGoal, Long blockerImpedimentId);

	/** The team's stand-up prompt time, for features that act "at stand-up time". */
	interface Times {

		Optional<LocalTime> promptTime(long teamId);

	}

}
