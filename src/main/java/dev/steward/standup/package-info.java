/**
 * Daily stand-ups: each team's configuration, the schedule evaluated in each member's zone, the tick that queues
 * prompts, reminders and the report, the answer form and the {@code /standup} command. A real blocker answer
 * becomes an impediment through {@link dev.steward.impediment.ImpedimentLog}.
 */
package dev.steward.standup;
