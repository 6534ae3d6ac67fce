package dev.steward.impediment;

import dev.steward.command.Args;
import dev.steward.command.CommandRequest;
import dev.steward.command.Reply;

/** A word of the {@code /impediment} command that another feature contributes, such as {@code escalate}. */
public interface ImpedimentSubcommand {

	/** The word after {@code /impediment}. */
	String word();

	/** Its line in the help. */
	String help();

	/** Answers the subcommand; {@code args} still starts with the word. */
	Reply handle(CommandRequest request, Args args);

}
