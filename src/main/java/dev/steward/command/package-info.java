/**
 * One platform-neutral command grammar: the request and reply types every adapter speaks, the argument grammar
 * (mentions, {@code IMP-} ids, dates), and {@link dev.steward.command.Interactions}, which routes commands, button
 * presses and form submissions to the feature that registered them.
 */
package dev.steward.command;
