package dev.steward.command;

/** Handles the submissions of one form. */
public interface FormHandler {

	String formId();

	FormResult submit(FormSubmission submission);

}
