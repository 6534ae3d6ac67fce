package dev.steward.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Decides whether Steward may call a webhook URL: an absolute http(s) URL without credentials, whose host resolves
 * only to public addresses (not loopback, link-local, private, carrier-grade NAT, unique-local or multicast) unless
 * private addresses are allowed. Asked when a PM subscribes and again before every send, since DNS can change.
 */
final class WebhookUrls {

	private final boolean allowPrivate;

	WebhookUrls(boolean allowPrivate) {
		this.allowPrivate = allowPrivate;
	}

	/** The URL, checked; a refusal says why in a sentence. */
	URI check(String url) throws Refused {
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			throw new Refused("is not a URL");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("https") && !scheme.equals("http")) {
			throw new Refused("must start with https:// (or http://)");
		}
		if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
			throw new Refused("must name a host, with no user name, password or #fragment");
		}
		if (url.length() > 2000) {
			throw new Refused("is longer than 2,000 characters");
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(uri.getHost());
		}
		catch (UnknownHostException ex) {
			throw new Refused("names a host that does not resolve: " + uri.getHost());
		}
		if (!allowPrivate) {
			for (InetAddress address : addresses) {
				if (isInternal(address)) {
					throw new Refused("points inside the network (" + address.getHostAddress() + "), which Steward "
							+ "does not call; steward.webhooks.allow-private allows it");
				}
			}
		}
		return uri;
	}

	static boolean isInternal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			// fc00::/7, unique local addresses
			return (bytes[0] & 0xfe) == 0xfc;
		}
		// 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8
		return ((bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64) || bytes[0] == 0;
	}

	/** A URL Steward will not call, with the reason. */
	static final class Refused extends Exception {

		Refused(String reason) {
			super(reason);
		}

	}

}
