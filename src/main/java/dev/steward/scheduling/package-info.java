/**
 * The one cluster-safe tick: a {@code @Scheduled} method under a ShedLock lock asks every
 * {@link dev.steward.scheduling.DueWork} what is due, team by team, in isolation; and the retention job, which
 * prunes what each feature keeps only for a while ({@link dev.steward.scheduling.Retention}) under a lock of its
 * own. Also owns the application's {@link java.time.Clock}.
 */
package dev.steward.scheduling;
