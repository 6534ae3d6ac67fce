package dev.steward.chat;

/**
 * A button whose press comes back to Steward as an action request.
 *
 * @param label the caption
 * @param actionId the action, such as {@code standup.answer}
 * @param value the argument the action receives
 * @param style how prominent the button is
 */
public record Button(String label, String actionId, String value, Style style) {

	/** Visual weight of a button. */
	public enum Style {

		DEFAULT, PRIMARY, DANGER

	}

	public static Button of(String label, String actionId, String value) {
		return new Button(label, actionId, value, Style.DEFAULT);
	}

	public static Button primary(String label, String actionId, String value) {
		return new Button(label, actionId, value, Style.PRIMARY);
	}

}
