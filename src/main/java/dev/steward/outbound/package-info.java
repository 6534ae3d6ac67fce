/**
 * What every feature that calls a URL someone gave it shares: the rules against server-side request forgery (a plain
 * http(s) URL whose host resolves only to public addresses), asked when the URL is given and again before each call,
 * since DNS can change. Webhooks and calendar feeds use it; it depends on no feature.
 */
package dev.steward.outbound;
