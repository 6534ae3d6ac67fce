/**
 * Many Slack workspaces: the "Add to Slack" install flow (Slack's OAuth v2), and the installations it stores, whose
 * bot tokens are encrypted at rest and found by workspace for Slack's requests and Steward's sends.
 */
package dev.steward.chat.slack.install;
