package dev.steward.support.fault;

/**
 * A file uploaded through the Slack stand-in's three steps and shared into a channel.
 *
 * @param id the file id, {@code F...}
 * @param filename the name given when asking for the upload URL
 * @param title the title given on completing
 * @param bytes how many bytes arrived at the upload URL
 * @param channel the channel it was shared into, or null
 */
public record SlackFile(String id, String filename, String title, int bytes, String channel) {

}
