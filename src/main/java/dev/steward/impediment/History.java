package dev.steward.impediment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.i18n.Language;
import dev.steward.i18n.Words;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps a history line's phrase and parameters ({@code {"key":"ASSIGNED","args":["<@U1>","<@U2>"]}}) next to its
 * English sentence, so chat shows it in the reader's language from {@code impediment.history.<key>}.
 */
final class History {

	private static final Logger log = LoggerFactory.getLogger(History.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String LABEL = "label";

	private static final String DAY = "day";

	private static final String DAY_WITH_YEAR = "dayWithYear";

	private static final String AREAS = "areas";

	/** The key of a line stored in every language rather than as a phrase of this feature's bundle. */
	private static final String WRITTEN = "written";

	/** The most the {@code args} column holds. */
	private static final int MAX_ENCODED = 2000;

	private History() {
	}

	/**
	 * A history line's phrase: its bundle key under {@code impediment.history.} and its parameters, each a string or a
	 * word to translate when shown ({@link #label}, {@link #day}, {@link #areas}).
	 *
	 * @param key the phrase's key
	 * @param args its parameters
	 */
	record Phrase(String key, List<Object> args) {

		/** The phrase as stored in {@code impediment_event.args}. */
		String encoded() {
			Map<String, Object> value = new LinkedHashMap<>();
			value.put("key", key);
			value.put("args", args);
			return JSON.writeValueAsString(value);
		}

	}

	static Phrase phrase(String key, Object... args) {
		return new Phrase(key, Arrays.asList(args));
	}

	/**
	 * A line another feature wrote in each language Steward speaks (the ladder's climb), shown in the reader's; null
	 * when the texts together would not fit the column, and the English detail is shown instead.
	 */
	static Phrase written(Function<Words, String> text) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			texts.put(language.code(), text.apply(Words.in(language)));
		}
		Phrase phrase = new Phrase(WRITTEN, List.of(texts));
		return (phrase.encoded().length() <= MAX_ENCODED) ? phrase : null;
	}

	/** A severity, shown as the reader calls it. */
	static Object label(Severity severity) {
		return Map.of(LABEL, "severity." + severity.name());
	}

	/** A day, shown as the reader writes it, with its year when it is not the year of {@code today}. */
	static Object day(LocalDate date, LocalDate today) {
		return Map.of(date.getYear() == today.getYear() ? DAY : DAY_WITH_YEAR, date.toString());
	}

	/** A day with its year, shown as the reader writes it. */
	static Object dayWithYear(LocalDate date) {
		return Map.of(DAY_WITH_YEAR, date.toString());
	}

	/** What a change request changes, shown as the reader calls it. */
	static Object areas(Set<ChangeArea> areas) {
		return Map.of(AREAS, ChangeArea.stored(areas));
	}

	/** The line in the words: its phrase when stored, else its English detail. */
	static String text(ImpedimentEvent event, Words words) {
		if (event.args() == null) {
			return event.detail();
		}
		try {
			Map<?, ?> stored = JSON.readValue(event.args(), Map.class);
			if (WRITTEN.equals(stored.get("key"))) {
				Object text = ((Map<?, ?>) ((List<?>) stored.get("args")).get(0)).get(words.language().code());
				return (text != null) ? text.toString() : event.detail();
			}
			List<Object> args = new ArrayList<>();
			for (Object arg : (List<?>) stored.get("args")) {
				args.add(shown(arg, words));
			}
			return words.get("impediment.history." + stored.get("key"), args.toArray());
		}
		catch (RuntimeException ex) {
			log.warn("Showing the stored detail of a {} history line whose phrase cannot be read: {}", event.kind(),
					ex.getMessage());
			return event.detail();
		}
	}

	private static String shown(Object arg, Words words) {
		if (!(arg instanceof Map<?, ?> word)) {
			return String.valueOf(arg);
		}
		Map.Entry<?, ?> only = word.entrySet().iterator().next();
		String value = String.valueOf(only.getValue());
		return switch (String.valueOf(only.getKey())) {
			case LABEL -> words.get("impediment." + value);
			case DAY -> words.day(LocalDate.parse(value));
			case DAY_WITH_YEAR -> words.dayWithYear(LocalDate.parse(value));
			case AREAS -> ChangeArea.describe(ChangeArea.fromStored(value), words);
			default -> value;
		};
	}

}
