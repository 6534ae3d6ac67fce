package dev.steward.storage;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the connection pool to drop a connection whose error says it is broken, whatever the driver: Hikari knows
 * PostgreSQL's connection errors ({@code 08...}) but not H2's over TCP ("IO Exception", "Connection is broken"), and
 * kept handing such a connection out while something used it every half second, long after the database was back.
 */
public class BrokenConnections implements SQLExceptionOverride {

	/**
	 * H2's states for a connection that failed (I/O error, broken, closed, shut down), which H2 raises as plain
	 * non-transient exceptions, without the I/O error as their cause when the server reports it.
	 */
	private static final Set<String> H2_STATES = Set.of("90028", "90031", "90067", "90098", "90121");

	@java.lang.Override
	public SQLExceptionOverride.Override adjudicate(SQLException ex) {
		return isBroken(ex) ? SQLExceptionOverride.Override.MUST_EVICT : SQLExceptionOverride.Override.CONTINUE_EVICT;
	}

	/** Whether the error says the connection to the database failed, rather than the statement. */
	static boolean isBroken(SQLException ex) {
		return ex instanceof SQLTransientConnectionException || ex instanceof SQLNonTransientConnectionException
				|| ex instanceof SQLRecoverableException || isConnectionState(ex.getSQLState()) || causedByIo(ex);
	}

	/** SQL's connection exception class ({@code 08}), and H2's own states for a failed connection. */
	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || H2_STATES.contains(state));
	}

	private static boolean causedByIo(SQLException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException) {
				return true;
			}
		}
		return false;
	}

}
