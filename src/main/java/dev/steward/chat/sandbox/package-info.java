/**
 * The sandbox chat, the embedded default: a local web chat at {@code /} that renders the same neutral messages as
 * Slack and Teams, with a JSON API for scripts and tests and a control that moves the application clock. On when
 * no real platform is configured, or when {@code steward.sandbox.enabled} is true; next to a real platform its API
 * then requires {@code steward.sandbox.secret}.
 */
package dev.steward.chat.sandbox;
