package dev.steward.delivery;

/** Where an outgoing message is in its life. */
enum DeliveryStatus {

	/** Waiting for its next attempt. */
	PENDING,
	/** Claimed by a dispatcher that is sending it now. */
	SENDING,
	/** Delivered; the platform's message reference is kept for updates. */
	SENT,
	/** Given up on; kept, visible, for an operator. */
	DEAD

}
