/**
 * Webhooks out: a PM subscribes a URL to a team's events; each event becomes a signed callback (Standard Webhooks:
 * webhook-id, webhook-timestamp, an HMAC webhook-signature with the subscription's own secret) sent through the
 * durable delivery queue, so it is retried with backoff and never lost; URLs that point inside the network are
 * refused at subscription and at send time. Owns webhook_subscription.
 */
package dev.steward.webhook;
