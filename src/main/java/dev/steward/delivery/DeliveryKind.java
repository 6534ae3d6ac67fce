package dev.steward.delivery;

/** What an outgoing message is, for how long it is kept trying, for metrics and for the operator's view. */
public enum DeliveryKind {

	PROMPT, REMINDER, SUMMARY, ESCALATION, DIGEST, NOTICE, WEBHOOK

}
