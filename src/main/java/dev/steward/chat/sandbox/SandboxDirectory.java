package dev.steward.chat.sandbox;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import dev.steward.chat.UserProfile;
import dev.steward.team.Role;

/** The demo workspace: one team channel and four people in different time zones. */
final class SandboxDirectory {

	static final String WORKSPACE = "sandbox";

	static final String CHANNEL = "team-alpha";

	static final List<DemoUser> USERS = List.of(
			new DemoUser("alice", "Alice Lee", ZoneId.of("Europe/London"), Role.PM, true),
			new DemoUser("bob", "Bob Iyer", ZoneId.of("Asia/Kolkata"), Role.MEMBER, true),
			new DemoUser("chen", "Chen Wu", ZoneId.of("Europe/Berlin"), Role.MEMBER, true),
			new DemoUser("dana", "Dana Ortiz", ZoneId.of("America/New_York"), Role.STAKEHOLDER, false));

	private SandboxDirectory() {
	}

	static Optional<DemoUser> find(String userId) {
		return USERS.stream().filter((user) -> user.id().equals(userId)).findFirst();
	}

	static Optional<UserProfile> profile(String userId) {
		return find(userId).map(DemoUser::profile);
	}

	/**
	 * A person of the demo workspace.
	 *
	 * @param id the user id, also what {@code @id} mentions
	 * @param name the display name
	 * @param zone their time zone
	 * @param role their role in the demo team
	 * @param standsUp whether they take part in the stand-up
	 */
	record DemoUser(String id, String name, ZoneId zone, Role role, boolean standsUp) {

		UserProfile profile() {
			return new UserProfile(id, name, zone);
		}

	}

}
