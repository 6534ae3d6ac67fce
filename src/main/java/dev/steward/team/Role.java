package dev.steward.team;

/** What a person may do in a team. */
public enum Role {

	/** Answers stand-ups, logs and acts on their own impediments. */
	MEMBER,
	/** Configures the stand-up and acts on every impediment of the team. */
	PM,
	/** Receives digests and top-rung escalations. */
	STAKEHOLDER

}
