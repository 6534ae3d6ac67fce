/**
 * Durable outgoing messages: features call {@link dev.steward.delivery.DeliveryQueue} with an idempotency key
 * inside their own transaction, and the {@link dev.steward.delivery.DeliveryDispatcher} sends them through the
 * chat port with spacing, Retry-After, backoff and a visible dead-letter state. A sent message keeps its row and
 * key but loses its payload after a while ({@link dev.steward.delivery.DeliveryRetention}).
 */
package dev.steward.delivery;
