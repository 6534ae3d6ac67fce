package dev.steward.dashboard;

import java.util.List;

/** Signing in without a chat platform, as one of the local sandbox's demo people; only there when the sandbox is. */
public interface LocalSignIn {

	/** The people one may sign in as. */
	List<Viewer> people();

}
