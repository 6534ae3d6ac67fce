package dev.steward.support.fault;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Someone in a Teams roster, as the Bot Connector's members calls describe them.
 *
 * @param id the Teams user id, {@code 29:...}
 * @param name the display name
 * @param aadObjectId the Entra ID object id
 */
public record TeamsPerson(String id, String name, String aadObjectId) {

	/** The n-th of a generated crowd: {@code 29:person-1}, "Person 1", with a stable object id. */
	public static TeamsPerson numbered(int n) {
		return new TeamsPerson("29:person-" + n, "Person " + n,
				UUID.nameUUIDFromBytes(("person-" + n).getBytes(StandardCharsets.UTF_8)).toString());
	}

}
