/**
 * Stand-ins for the chat platforms that tests and benchmarks can make slow, failing, rate-limited or dead, and that
 * count exactly what arrived: {@link dev.steward.support.fault.SlackStandIn} (point
 * {@code steward.slack.api-url} at its {@code apiUrl()}) and {@link dev.steward.support.fault.BotConnectorStandIn}
 * (point {@code steward.teams.authority-url} at its {@code authorityUrl()} and send activities with its
 * {@code serviceUrl()}). Each is started with {@code start()} and stopped with {@code close()}; its windows run on
 * its own clock, real time unless a {@link dev.steward.support.fault.ManualClock} is passed.
 */
package dev.steward.support.fault;
