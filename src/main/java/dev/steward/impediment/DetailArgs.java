package dev.steward.impediment;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.steward.command.UsageException;
import dev.steward.i18n.Words;

/**
 * Reads the labelled parts of an issue or a change request's text: {@code <what> impact: <impact>} and, for a change
 * request, {@code changes: scope, schedule}, in either order after the description.
 *
 * @param title the description before the first label
 * @param impact the text after {@code impact:}, or null
 * @param areas what {@code changes:} names; empty when not given
 */
record DetailArgs(String title, String impact, Set<ChangeArea> areas) {

	private static final Pattern LABEL = Pattern.compile("(?i)(?:^|\\s)(impact|changes):");

	static DetailArgs parse(String text, boolean areasAllowed) {
		Matcher matcher = LABEL.matcher(text);
		String title = text;
		String impact = null;
		Set<ChangeArea> areas = Set.of();
		int start = -1;
		String label = null;
		while (matcher.find()) {
			if (label == null) {
				title = text.substring(0, matcher.start());
			}
			else {
				String part = text.substring(start, matcher.start());
				impact = label.equals("impact") ? part : impact;
				areas = label.equals("changes") ? areas(part, areasAllowed) : areas;
			}
			label = matcher.group(1).toLowerCase(Locale.ROOT);
			start = matcher.end();
		}
		if (label != null) {
			String part = text.substring(start);
			impact = label.equals("impact") ? part : impact;
			areas = label.equals("changes") ? areas(part, areasAllowed) : areas;
		}
		return new DetailArgs(title.strip(), impact == null ? null : impact.strip(), areas);
	}

	private static Set<ChangeArea> areas(String part, boolean allowed) {
		if (!allowed) {
			throw new UsageException(Words.current().get("impediment.refused.areas-not-allowed"));
		}
		return ChangeArea.parse(part);
	}

	Impediment.Details details() {
		return new Impediment.Details(impact, areas);
	}

}
