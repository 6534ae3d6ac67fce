package dev.steward.standup;

/** Whose clock a stand-up follows. */
enum ZonePolicy {

	/** Each member is prompted at the prompt time in their own zone (from their platform profile). */
	MEMBER,
	/** Everyone is prompted at the prompt time in the team's zone. */
	TEAM

}
