/**
 * The Microsoft Teams adapter: the Bot Framework SDK behind {@code POST /api/messages} (JWT-validated whenever an
 * app id is set), activities turned into neutral commands, button presses, form submissions and direct messages,
 * Adaptive Card rendering, conversation references kept in the database, and the Bot Connector gateway. On when
 * {@code steward.teams.app-id} is set, or {@code steward.teams.enabled} next to the local sandbox.
 */
package dev.steward.chat.teams;
