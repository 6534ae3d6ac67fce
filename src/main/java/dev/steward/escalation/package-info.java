/**
 * The escalation ladder: each team's policy of rungs (thresholds in working time, targets), the indexed scan that
 * finds impediments whose next rung is due, firing each rung exactly once across replicas, the escalation and
 * resolution messages, and the {@code escalate}, {@code policy} and {@code calendar} words of {@code /impediment}.
 */
package dev.steward.escalation;
