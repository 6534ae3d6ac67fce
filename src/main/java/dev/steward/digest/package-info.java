/**
 * Stakeholder digests: subscriptions (a DM at the subscriber's time, or a channel), the period each covers, one
 * composition per period from set-based read queries (participation, flow, what is stuck, value at risk, change
 * since last time), a server-side PNG chart, and {@code /digest}.
 */
package dev.steward.digest;
