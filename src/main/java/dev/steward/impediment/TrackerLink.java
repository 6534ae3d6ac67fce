package dev.steward.impediment;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.steward.command.UsageException;
import dev.steward.i18n.Words;

/**
 * A link from an impediment to the issue it concerns, shown by the tracker's own key when Steward recognises it:
 * Jira ({@code .../browse/ABC-123}), GitHub ({@code github.com/owner/repo/issues/12} as {@code owner/repo#12}) and
 * Linear ({@code linear.app/team/issue/ENG-7}); any other web page by its host.
 *
 * @param url the address
 * @param label how it is shown
 * @param tracker {@code jira}, {@code github}, {@code linear} or {@code web}
 */
public record TrackerLink(String url, String label, String tracker) {

	private static final Pattern JIRA = Pattern.compile("/browse/([A-Z][A-Z0-9_]+-\\d+)/?$");

	private static final Pattern GITHUB = Pattern.compile("^/([^/]+)/([^/]+)/(?:issues|pull)/(\\d+)/?$");

	private static final Pattern LINEAR = Pattern.compile("^/[^/]+/issue/([A-Z][A-Z0-9]+-\\d+)(?:/.*)?$");

	/** Reads a link someone gave; anything but an http(s) address is refused with how to write one. */
	public static TrackerLink of(String given) {
		URI uri;
		try {
			uri = new URI(given.strip());
		}
		catch (URISyntaxException ex) {
			throw refused(given);
		}
		String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || given.length() > 2000) {
			throw refused(given);
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		String path = (uri.getPath() == null) ? "" : uri.getPath();
		Matcher github = GITHUB.matcher(path);
		if (host.equals("github.com") && github.matches()) {
			return new TrackerLink(uri.toString(), github.group(1) + "/" + github.group(2) + "#" + github.group(3),
					"github");
		}
		Matcher linear = LINEAR.matcher(path);
		if (host.equals("linear.app") && linear.matches()) {
			return new TrackerLink(uri.toString(), linear.group(1), "linear");
		}
		Matcher jira = JIRA.matcher(path);
		if (jira.find()) {
			return new TrackerLink(uri.toString(), jira.group(1), "jira");
		}
		return new TrackerLink(uri.toString(), host, "web");
	}

	private static UsageException refused(String given) {
		return new UsageException(Words.current().get("impediment.refused.not-a-web-address", given));
	}

}
