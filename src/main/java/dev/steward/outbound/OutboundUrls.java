package dev.steward.outbound;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

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
			throw new Refused("names a host that does not resolve: " + uri.getHost());
		}
		if (!allowPrivate) {
			for (InetAddress address : addresses) {
				if (isInternal(address)) {
					throw new Refused("points inside the network (" + address.getHostAddress() + "), which Steward "
							+ "does not call; " + allowance + " allows it");
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
			throw new Refused("is not a URL");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		boolean http = scheme.equals("http") && (!httpsOnly || allowPrivate);
		if (!scheme.equals("https") && !http) {
			throw new Refused(httpsOnly ? "must start with https://" : "must start with https:// (or http://)");
		}
		if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
			throw new Refused("must name a host, with no user name, password or #fragment");
		}
		if (url.length() > MAX_LENGTH) {
			throw new Refused("is longer than 2,000 characters");
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

	/** A URL Steward will not call, with the reason. */
	public static final class Refused extends Exception {

		private static final long serialVersionUID = 1L;

		public Refused(String reason) {
			super(reason);
		}

	}

}
