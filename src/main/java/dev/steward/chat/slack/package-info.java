/**
 * The Slack adapter: Bolt for Java on {@code /slack/events} behind a signature filter that also validates each
 * request's shape and lets it through once, or, with an app-level token, the same Bolt app answering Socket Mode
 * envelopes checked the same way over a connection it keeps open; listeners that turn slash commands, button presses
 * and modal submissions into neutral interactions, the Home tab, what Slack says about Steward's installation, Block
 * Kit rendering, and the Web API gateway with each workspace's bot token. On when {@code steward.slack.bot-token} (one
 * workspace) or {@code steward.slack.install.client-id} (workspaces that install Steward, see {@code install}) is set.
 */
package dev.steward.chat.slack;
