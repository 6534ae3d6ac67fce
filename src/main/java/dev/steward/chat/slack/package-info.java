/**
 * The Slack adapter: Bolt for Java on {@code /slack/events} behind a signature filter, listeners that turn slash
 * commands, button presses and modal submissions into neutral interactions, Block Kit rendering, and the Web API
 * gateway. On when {@code steward.slack.bot-token} is set.
 */
package dev.steward.chat.slack;
