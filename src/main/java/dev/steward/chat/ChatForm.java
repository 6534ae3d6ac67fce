package dev.steward.chat;

import java.util.List;

/**
 * A form the user fills in: a Slack modal, a Teams Adaptive Card, a sandbox dialog. Its submission comes back
 * as a form submission with the same {@code formId} and {@code context}.
 *
 * @param formId which handler receives the submission, such as {@code standup.answers}
 * @param title a short title (Slack allows 24 characters)
 * @param submitLabel the submit button's caption
 * @param context opaque state handed back on submit (Slack allows 3,000 characters)
 * @param fields the inputs in order
 */
public record ChatForm(String formId, String title, String submitLabel, String context, List<FormField> fields) {

	public ChatForm {
		fields = List.copyOf(fields);
	}

}
