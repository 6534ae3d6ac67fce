/**
 * The REST API under {@code /api/v1}: personal access tokens (created and revoked on the dashboard, kept only as a
 * hash, scoped to teams, to read or write), reads of the impediment log and writes that go through the same services
 * and rules as chat, errors as RFC 9457 problem details, and a rate limit per token. Owns api_token and
 * api_token_team.
 */
package dev.steward.api;
