package dev.steward.chat;

import java.util.List;

/**
 * One input of a {@link ChatForm}.
 *
 * @param id the key of the submitted value
 * @param label the caption
 * @param type what kind of input
 * @param optional whether it may be left empty
 * @param initialValues the pre-filled value, or the pre-selected options or users
 * @param options the choices of a select
 * @param hint a line of help under the input
 */
public record FormField(String id, String label, Type type, boolean optional, List<String> initialValues,
		List<Option> options, String hint) {

	/** The kinds of input every platform can show. */
	public enum Type {

		TEXT, MULTILINE, SELECT, MULTI_SELECT, USERS

	}

	/** A choice of a select input. */
	public record Option(String value, String label) {

	}

	public FormField {
		initialValues = initialValues == null ? List.of() : List.copyOf(initialValues);
		options = options == null ? List.of() : List.copyOf(options);
	}

	public static FormField text(String id, String label, String initial, boolean optional) {
		return new FormField(id, label, Type.TEXT, optional, initial == null ? List.of() : List.of(initial), List.of(),
				null);
	}

	public static FormField multiline(String id, String label, String initial, boolean optional) {
		return new FormField(id, label, Type.MULTILINE, optional, initial == null ? List.of() : List.of(initial),
				List.of(), null);
	}

	public FormField withHint(String text) {
		return new FormField(id, label, type, optional, initialValues, options, text);
	}

	/** The single initial value, or null. */
	public String initialValue() {
		return initialValues.isEmpty() ? null : initialValues.get(0);
	}

}
