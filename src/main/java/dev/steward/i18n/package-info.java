/**
 * What every feature shares about language: the languages Steward speaks ({@link dev.steward.i18n.Language}), its own
 * words in message bundles under {@code messages/} read in a reader's language ({@link dev.steward.i18n.Words}), and
 * the translated words commands also accept ({@link dev.steward.i18n.Aliases}).
 */
package dev.steward.i18n;
