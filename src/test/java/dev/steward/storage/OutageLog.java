package dev.steward.storage;

/** What the outage tests accept in the log. */
final class OutageLog {

	private OutageLog() {
	}

	/**
	 * An ERROR line other than Spring's report that a transaction under way when the connection was cut could not be
	 * rolled back ("Application exception overridden by rollback exception", or "Commit exception ..." when the cut
	 * came at the commit): that one comes once per interrupted transaction (the delivery dispatcher's claim, say), at
	 * the cut and never again, and a rollback that failed is rightly an error.
	 */
	static boolean isUnexpectedError(String line) {
		return line.contains(" ERROR ") && !line.contains(" exception overridden by rollback exception");
	}

}
