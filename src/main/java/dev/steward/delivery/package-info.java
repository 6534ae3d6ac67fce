/**
 * Durable outgoing messages: features call {@link dev.steward.delivery.DeliveryQueue} with an idempotency key
 * inside their own transaction, and the {@link dev.steward.delivery.DeliveryDispatcher} sends them through the
 * chat port with spacing, Retry-After, backoff and a visible dead-letter state.
 */
package dev.steward.delivery;
