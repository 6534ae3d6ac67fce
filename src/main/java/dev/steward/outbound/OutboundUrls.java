package dev.steward.outbound;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import dev.steward.i18n.Words;

/**
 * Decides whether Steward may call a URL someone gave it: an absolute http(s) URL without credentials, whose host
 * resolves only to public addresses (not loopback, link-local, private, carrier-grade NAT, unique-local or multicast)
 * unless private addresses are allowed. Asked when the URL is given and again before every call, since DNS can change.
 */
public final class OutboundUrls {

	private static final int MAX_LENGTH = 2000;

	private final boolean allowPrivate;

	private final String allowance;

	private final boolean httpsOnly;

	/**
	 * @param allowPrivate whether private addresses (and plain http where https is required) are allowed, for tests
	 * @param allowance the setting that allows them, named in a refusal
	 */
	public OutboundUrls(boolean allowPrivate, String allowance) {
		this(allowPrivate, allowance, false);
	}

	private OutboundUrls(boolean allowPrivate, String allowance, boolean httpsOnly) {
		this.allowPrivate = allowPrivate;
		this.allowance = allowance;
		this.httpsOnly = httpsOnly;
	}

	/** The same rules, refusing plain http unless private addresses are allowed (as they are in tests only). */
	public OutboundUrls httpsOnly() {
		return new OutboundUrls(allowPrivate, allowance, true);
	}

	/** The URL, checked; a refusal says why in a sentence that follows "The URL". */
	public URI check(String url) throws Refused {
		URI uri = parse(url);
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(uri.getHost());
		}
		catch (UnknownHostException ex) {
			throw new Refused("outbound.refused.unresolvable", uri.getHost());
		}
		if (!allowPrivate) {
			for (InetAddress address : addresses) {
				if (isInternal(address)) {
					throw new Refused("outbound.refused.internal", address.getHostAddress(), allowance);
				}
			}
		}
		return uri;
	}

	private URI parse(String url) throws Refused {
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			throw new Refused("outbound.refused.not-a-url");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		boolean http = scheme.equals("http") && (!httpsOnly || allowPrivate);
		if (!scheme.equals("https") && !http) {
			throw new Refused(httpsOnly ? "outbound.refused.https" : "outbound.refused.https-or-http");
		}
		if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
			throw new Refused("outbound.refused.host");
		}
		if (url.length() > MAX_LENGTH) {
			throw new Refused("outbound.refused.long");
		}
		return uri;
	}

	/** Whether the address is one Steward never calls unless allowed: inside the network or this machine. */
	public static boolean isInternal(InetAddress address) {
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

	/** A URL Steward will not call, with the reason: in English as its message, in a reader's words on request. */
	public static final class Refused extends Exception {

		private static final long serialVersionUID = 1L;

		private final String key;

		private final transient Object[] args;

		Refused(String key, Object... args) {
			super(Words.ENGLISH.get(key, args));
			this.key = key;
			this.args = args;
		}

		/** The reason in the reader's words, as a sentence about the URL would go on after "it". */
		public String reason(Words words) {
			return words.get(key, args);
		}

	}

}
