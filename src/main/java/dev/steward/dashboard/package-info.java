/**
 * The dashboard: people sign in with their chat account (Slack's OpenID Connect, or one of the sandbox's demo people)
 * and read their teams' record on server-rendered pages; each person sees only the teams they belong to or whose
 * digests they follow. It reads the other features through their published APIs and owns no table.
 */
package dev.steward.dashboard;
