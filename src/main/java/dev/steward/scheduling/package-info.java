/**
 * The one cluster-safe tick: a ShedLock-guarded {@code @Scheduled} method asks every
 * {@link dev.steward.scheduling.DueWork} what is due, team by team, in isolation. Also owns the application's
 * {@link java.time.Clock}.
 */
package dev.steward.scheduling;
