/**
 * What every feature shares about its settings: the constraint for a positive duration, and the one paragraph a
 * missing or invalid {@code steward.*} setting stops startup with, naming the setting, what was wrong and how to fix
 * it, instead of a stack trace.
 */
package dev.steward.settings;
