/**
 * Teams and their members: who is in a team, with which role, in which time zone, and when they are away (typed by
 * hand, or read from their calendar feed, as a team's holidays can be). Shared by every feature; resolves the team a
 * command is about and checks permissions. Owns calendar_feed among its tables.
 */
package dev.steward.team;
