package dev.steward.command;

/** Handles one top-level command, such as {@code /standup}; each feature registers its own. */
public interface CommandHandler {

	/** The command without its slash. */
	String command();

	/** One line for the general help: what the command is for. */
	String summary();

	/**
	 * Answers the command.
	 * @throws UsageException when the arguments are wrong; its message is shown to the user
	 */
	Reply handle(CommandRequest request);

}
