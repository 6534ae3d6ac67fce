package dev.steward.chat;

/**
 * A button whose press comes back to Steward as an action request.
 *
 * @param label the caption
 * @param actionId the action, such as {@code standup.answer}
 * @param value the argument the action receives
 * @param style how prominent the button is
 * @param inline what a platform that can show forms inside a message may show in its place (see {@link Inline})
 */
public record Button(String label, String actionId, String value, Style style, Inline inline) {

	/** Visual weight of a button. */
	public enum Style {

		DEFAULT, PRIMARY, DANGER

	}

	/**
	 * What a platform that shows forms inside messages (Teams) may put in place of the button. Only a button whose
	 * press does nothing but open a form is marked, so a platform may press it to read that form.
	 */
	public enum Inline {

		/** Nothing: the button stays a button. */
		NONE,

		/** The form's inputs, ready to fill in and submit. */
		INPUTS,

		/** The form's current values, read-only, with the button to bring the inputs back. */
		VALUES

	}

	public Button {
		inline = inline == null ? Inline.NONE : inline;
	}

	public Button(String label, String actionId, String value, Style style) {
		this(label, actionId, value, style, Inline.NONE);
	}

	public static Button of(String label, String actionId, String value) {
		return new Button(label, actionId, value, Style.DEFAULT);
	}

	public static Button primary(String label, String actionId, String value) {
		return new Button(label, actionId, value, Style.PRIMARY);
	}

	/** The same button, marked as one whose form may be shown in its place. */
	public Button showing(Inline shown) {
		return new Button(label, actionId, value, style, shown);
	}

}
