package dev.steward.command;

/** A request the user got wrong; the message says what is wrong and what would be right, and is shown to them. */
public class UsageException extends RuntimeException {

	public UsageException(String message) {
		super(message);
	}

}
