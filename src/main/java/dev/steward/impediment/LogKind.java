package dev.steward.impediment;

import java.util.Locale;
import java.util.Optional;

import dev.steward.i18n.Words;

/**
 * What an entry of the execution log is: an impediment blocking someone, an issue (something that has happened and
 * needs a response), or a change request waiting for a PM's decision. All share one id sequence; the prefix says which.
 */
public enum LogKind {

	/** Something in someone's way: it escalates up the ladder until resolved. */
	IMPEDIMENT("IMP", "impediment", "impediments"),
	/** Something that has happened and needs a response, with its impact: it escalates like an impediment. */
	ISSUE("ISS", "issue", "issues"),
	/** A requested change of scope, schedule, cost or a value goal: triaged by a PM, never escalated. */
	CHANGE_REQUEST("CR", "change request", "change requests");

	private final String prefix;

	private final String noun;

	private final String plural;

	LogKind(String prefix, String noun, String plural) {
		this.prefix = prefix;
		this.noun = noun;
		this.plural = plural;
	}

	/** The id people type: {@code IMP-12}, {@code ISS-13}, {@code CR-14}. */
	public String key(long id) {
		return prefix + "-" + id;
	}

	public String prefix() {
		return prefix;
	}

	/** The kind as people read it: {@code change request}. */
	public String noun() {
		return noun;
	}

	public String plural() {
		return plural;
	}

	/** The kind with its article, as a sentence names it: {@code an impediment}, {@code ein Hindernis}. */
	public String withArticle(Words words) {
		return words.get("impediment.kind." + name() + ".article");
	}

	/** Whether entries of this kind climb the escalation ladder. */
	public boolean escalates() {
		return this != CHANGE_REQUEST;
	}

	/** The kind named as in a URL or an export ({@code issue}, {@code change_request}), if there is one. */
	public static Optional<LogKind> named(String name) {
		String wanted = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (LogKind kind : values()) {
			if (kind.name().equals(wanted)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
