package dev.steward.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.steward.i18n.Words;
import dev.steward.impediment.ImpedimentQuery;
import dev.steward.impediment.ImpedimentStatus;
import dev.steward.impediment.LogKind;
import dev.steward.impediment.Severity;

/**
 * The execution log's filters as a URL carries them ({@code ?kind=issue&status=open&severity=high&q=staging}),
 * read strictly: an unknown parameter, a word that is not a status, a page that is not a number is refused, naming it.
 *
 * @param values the parameters as given, to fill the form and the links again
 * @param query what they ask for
 */
public record LogFilter(Map<String, String> values, ImpedimentQuery query) {

	static final Set<String> NAMES = Set.of("kind", "status", "owner", "severity", "rung", "older-than", "q", "goal",
			"sort", "page");

	private static final Set<ImpedimentStatus> ACTIVE = EnumSet.of(ImpedimentStatus.OPEN, ImpedimentStatus.SNOOZED,
			ImpedimentStatus.ESCALATED);

	private static final int MAX_TEXT = 200;

	/** Reads the parameters; the statuses default to the active ones, the order to the newest first. */
	public static LogFilter parse(Map<String, String[]> parameters, Instant now, int pageSize) {
		return parse(parameters, now, pageSize, false);
	}

	/**
	 * As above, for the API: a {@code size} parameter may ask for another page size, up to the most, and without a
	 * {@code kind} only impediments are listed, as before the log had other kinds.
	 */
	public static LogFilter parseForApi(Map<String, String[]> parameters, Instant now, int pageSize) {
		LogFilter filter = parse(parameters, now, pageSize, true);
		if (filter.values().containsKey("kind")) {
			return filter;
		}
		ImpedimentQuery query = filter.query();
		return new LogFilter(filter.values(), new ImpedimentQuery(Set.of(LogKind.IMPEDIMENT), query.statuses(),
				query.ownerId(), query.severity(), query.minRung(), query.openedBefore(), query.text(), query.only(),
				query.sort(), query.page(), query.size()));
	}

	private static LogFilter parse(Map<String, String[]> parameters, Instant now, int pageSize, boolean sized) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (!NAMES.contains(parameter.getKey()) && !(sized && parameter.getKey().equals("size"))) {
				throw new BadFilter(parameter.getKey(), "dashboard.bad-filter.log-parameter", String.join(", ",
						List.of("kind", "status", "owner", "severity", "rung", "older-than", "q", "goal", "sort",
								"page")));
			}
			String value = String.join(",", parameter.getValue()).strip();
			if (!value.isEmpty()) {
				values.put(parameter.getKey(), value);
			}
		}
		String text = values.get("q");
		if (text != null && text.length() > MAX_TEXT) {
			throw new BadFilter("q", "dashboard.bad-filter.too-long", Integer.toString(MAX_TEXT));
		}
		String olderThan = values.get("older-than");
		ImpedimentQuery.Sort sort = ImpedimentQuery.Sort.NEWEST;
		if (values.containsKey("sort")) {
			sort = ImpedimentQuery.Sort.named(values.get("sort"));
			if (sort == null) {
				throw new BadFilter("sort", "dashboard.bad-filter.sort");
			}
		}
		return new LogFilter(values, new ImpedimentQuery(kinds(values.get("kind")), statuses(values.get("status")),
				values.get("owner"),
				severity(values.get("severity")), number(values, "rung", 0, 0, 10),
				(olderThan == null) ? null : now.minus(Duration.ofDays(number(values, "older-than", 0, 1, 3650))), text,
				null, sort, number(values, "page", 1, 1, 1_000_000),
				number(values, "size", pageSize, 1, ImpedimentQuery.MAX_SIZE)));
	}

	private static Set<LogKind> kinds(String given) {
		if (given == null || given.equalsIgnoreCase("all")) {
			return Set.of();
		}
		Set<LogKind> kinds = EnumSet.noneOf(LogKind.class);
		for (String word : given.split(",")) {
			kinds.add(LogKind.named(word).orElseThrow(() -> new BadFilter("kind", "dashboard.bad-filter.kind",
					word.strip())));
		}
		return kinds;
	}

	private static Set<ImpedimentStatus> statuses(String given) {
		if (given == null || given.equalsIgnoreCase("active")) {
			return ACTIVE;
		}
		if (given.equalsIgnoreCase("all")) {
			return Set.of();
		}
		Set<ImpedimentStatus> statuses = EnumSet.noneOf(ImpedimentStatus.class);
		for (String word : given.split(",")) {
			try {
				statuses.add(ImpedimentStatus.valueOf(word.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new BadFilter("status", "dashboard.bad-filter.status", word.strip());
			}
		}
		return statuses;
	}

	private static Severity severity(String given) {
		if (given == null) {
			return null;
		}
		return Severity.parse(given.strip())
			.orElseThrow(() -> new BadFilter("severity", "dashboard.bad-filter.severity"));
	}

	private static int number(Map<String, String> values, String name, int absent, int least, int most) {
		String given = values.get(name);
		if (given == null) {
			return absent;
		}
		try {
			int number = Integer.parseInt(given);
			if (number < least || number > most) {
				throw new BadFilter(name, "dashboard.bad-filter.number", Integer.toString(least),
						Integer.toString(most));
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new BadFilter(name, "dashboard.bad-filter.number", Integer.toString(least),
						Integer.toString(most));
		}
	}

	/** The value goal (its number in the current sprint) the impediments must threaten, or 0 for any. */
	public int goal() {
		return number(values, "goal", 0, 1, 5);
	}

	/** The same filters, limited to the impediments given. */
	public LogFilter onlyOf(java.util.Set<Long> ids) {
		return new LogFilter(values, query.onlyOf(ids));
	}

	/** The link to another page of the same filters. */
	String pageLink(int page) {
		StringBuilder link = new StringBuilder("?");
		values.forEach((name, value) -> {
			if (!name.equals("page")) {
				link.append(encode(name)).append('=').append(encode(value)).append('&');
			}
		});
		return link.append("page=").append(page).toString();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * A filter that cannot be read, named with what is wrong: in English as its message (for the API and logs), in
	 * any reader's words for a page.
	 */
	public static final class BadFilter extends RuntimeException {

		private final String field;

		private final String reasonKey;

		private final transient Object[] reasonArguments;

		/** The reason is a {@code dashboard} bundle key with its arguments, already written as strings. */
		BadFilter(String field, String reasonKey, String... reasonArguments) {
			super(field + " " + Words.ENGLISH.get(reasonKey, (Object[]) reasonArguments));
			this.field = field;
			this.reasonKey = reasonKey;
			this.reasonArguments = reasonArguments;
		}

		public String field() {
			return field;
		}

		/** The field and what is wrong with it, in the reader's words. */
		public String describe(Words words) {
			return field + " " + words.get(reasonKey, reasonArguments);
		}

	}

}
