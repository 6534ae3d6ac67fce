/**
 * Teams and their members: who is in a team, with which role, in which time zone, and when they are away. Shared
 * by every feature; resolves the team a command is about and checks permissions.
 */
package dev.steward.team;
