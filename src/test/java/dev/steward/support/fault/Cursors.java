package dev.steward.support.fault;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque paging cursors like Slack's and Teams': base64 of what is paged and where its next page starts. */
final class Cursors {

	private Cursors() {
	}

	static String next(String what, String position) {
		return Base64.getEncoder().encodeToString((what + ":" + position).getBytes(StandardCharsets.UTF_8));
	}

	/** Where the cursor's page starts; empty for no cursor, null for one that is not a cursor over {@code what}. */
	static String position(String what, String cursor) {
		if (cursor == null || cursor.isEmpty()) {
			return "";
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
			return decoded.startsWith(what + ":") ? decoded.substring(what.length() + 1) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The offset a cursor over a list names: 0 for no cursor, -1 for one that is not a cursor over {@code what}. */
	static int offset(String what, String cursor) {
		String position = position(what, cursor);
		if (position == null) {
			return -1;
		}
		try {
			return position.isEmpty() ? 0 : Math.max(-1, Integer.parseInt(position));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
