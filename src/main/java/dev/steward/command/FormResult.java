package dev.steward.command;

import java.util.Map;

/**
 * The outcome of a form submission: accepted, or errors to show next to the named fields.
 *
 * @param errors field id to message; empty when accepted
 */
public record FormResult(Map<String, String> errors) {

	public FormResult {
		errors = Map.copyOf(errors);
	}

	public static FormResult accepted() {
		return new FormResult(Map.of());
	}

	public static FormResult invalid(Map<String, String> errors) {
		return new FormResult(errors);
	}

	public boolean isAccepted() {
		return errors.isEmpty();
	}

}
