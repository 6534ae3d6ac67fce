package dev.steward.command;

/**
 * A slash or text command, already normalised by the adapter: mentions read {@code <@USERID>}.
 *
 * @param actor who typed it
 * @param channelId where it was typed
 * @param channelName the channel's name, if the platform sent one
 * @param direct whether it was typed in a direct message with the bot
 * @param command the command without its slash, such as {@code impediment}
 * @param text everything after the command
 */
public record CommandRequest(Actor actor, String channelId, String channelName, boolean direct, String command,
		String text) {

	public CommandRequest {
		text = text == null ? "" : text.strip();
		command = command.toLowerCase(java.util.Locale.ROOT).replaceFirst("^/", "");
	}

	public Args args() {
		return Args.parse(text);
	}

}
