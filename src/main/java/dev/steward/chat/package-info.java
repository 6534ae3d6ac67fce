/**
 * The chat port: a platform-neutral message model (text spans, blocks, buttons, forms) and the
 * {@link dev.steward.chat.ChatGateway} each platform adapter implements. Domain features build
 * {@link dev.steward.chat.ChatMessage}s and never import a platform SDK; the adapters in the sub-packages render
 * them as Block Kit, Adaptive Cards or sandbox HTML. {@link dev.steward.chat.Workspaces} knows which workspaces
 * removed Steward, so nothing is sent to them. {@link dev.steward.chat.UserProfiles} answers names and zones from
 * each workspace's directory, read in bulk in the background, so scheduled work never asks a platform per person.
 */
package dev.steward.chat;
