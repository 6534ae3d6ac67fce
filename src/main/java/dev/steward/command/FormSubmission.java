package dev.steward.command;

import java.util.List;
import java.util.Map;

/**
 * A submitted form.
 *
 * @param actor who submitted it
 * @param formId which form
 * @param context the opaque state the form carried
 * @param values each field's submitted values (one for text inputs, several for multi-selects)
 */
public record FormSubmission(Actor actor, String formId, String context, Map<String, List<String>> values) {

	public FormSubmission {
		values = Map.copyOf(values);
	}

	/** The field's single value, stripped, or an empty string. */
	public String value(String fieldId) {
		List<String> list = values.getOrDefault(fieldId, List.of());
		return (list.isEmpty() || list.get(0) == null) ? "" : list.get(0).strip();
	}

	public List<String> values(String fieldId) {
		return values.getOrDefault(fieldId, List.of());
	}

}
