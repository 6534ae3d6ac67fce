package dev.steward.support.fault;

import java.util.List;

/**
 * One call as the faults and limits see it.
 *
 * @param op the operation, such as {@code chat.postMessage} or {@code sendToConversation}
 * @param tenant the Slack workspace or Teams tenant the call is made in
 * @param scopes the groups the call counts in; the first is the operation's own, where fault windows open
 */
record Call(String op, String tenant, List<Scope> scopes) {

	String opScope() {
		return scopes.get(0).key();
	}

}
