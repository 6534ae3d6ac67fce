/**
 * What every feature shares about the database: whether it can be reached just now
 * ({@link dev.steward.storage.DatabaseOutage}), so a request that meets an outage is answered at once with "try
 * again" and scheduled work pauses until the database is back, with one warning for the whole outage; and
 * that an embedded H2 database is refused under an orchestrator unless allowed.
 */
package dev.steward.storage;
