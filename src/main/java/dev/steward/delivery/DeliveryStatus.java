package dev.steward.delivery;

/** Where an outgoing message is in its life. */
public enum DeliveryStatus {

	/** Waiting for its next attempt. */
	PENDING,
	/** Claimed by a dispatcher that is sending it now. */
	SENDING,
	/** Delivered; the platform's message reference is kept for updates. */
	SENT,
	/** Given up on at once: the platform said it can never arrive as it is. Kept, visible, for an operator. */
	DEAD,
	/** Not delivered while it was useful, through failures that might have passed. Kept, visible, for an operator. */
	EXPIRED

}
