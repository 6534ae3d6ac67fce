package dev.steward.chat;

import java.util.List;

/** The workspaces Steward serves, whose directories are read before anyone asks; the team feature knows them. */
public interface ServedWorkspaces {

	/** Every workspace with at least one team. */
	List<Workspace> withTeams();

}
