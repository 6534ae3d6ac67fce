/**
 * Sprints and value goals: planning (one to five goals, each with its measure and who cares), the reminder at the
 * sprint's first stand-up, goals put at risk by linked impediments, the review card at the sprint's end, and the
 * lessons-learned register ({@code /sprint}, {@code /lesson}, {@code /impediment link}).
 */
package dev.steward.sprint;
