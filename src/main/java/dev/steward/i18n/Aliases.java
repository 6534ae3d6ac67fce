package dev.steward.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The translated words a command also accepts ({@code /standup antworten} for {@code /standup answer}), read from
 * {@code messages/commands_<language>.properties} as {@code alias.<command>.<word>=<translation>}: every language's
 * alias is accepted from everyone, and the help lists the reader's.
 */
public final class Aliases {

	static final String BUNDLE = Words.LOCATION + "commands";

	private static final String PREFIX = "alias.";

	/** Per command, each translated word (lower case) to the English word it stands for. */
	private static final Map<String, Map<String, String>> TO_ENGLISH = new HashMap<>();

	/** Per language and command, each English word to its translation, in the English words' order. */
	private static final Map<Language, Map<String, Map<String, String>>> BY_LANGUAGE = new HashMap<>();

	static {
		for (Language language : Language.values()) {
			Map<String, Map<String, String>> commands = new TreeMap<>();
			read(language).forEach((key, value) -> {
				String name = key.toString();
				if (!name.startsWith(PREFIX)) {
					return;
				}
				String[] parts = name.substring(PREFIX.length()).split("\\.", 2);
				String translated = value.toString().strip().toLowerCase(Locale.ROOT);
				commands.computeIfAbsent(parts[0], (command) -> new TreeMap<>()).put(parts[1], translated);
				if (!translated.equals(parts[1])) {
					TO_ENGLISH.computeIfAbsent(parts[0], (command) -> new HashMap<>()).putIfAbsent(translated, parts[1]);
				}
			});
			BY_LANGUAGE.put(language, commands);
		}
	}

	private Aliases() {
	}

	/** The English word a command's word stands for: the word itself unless it is a translation. */
	public static String toEnglish(String command, String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return TO_ENGLISH.getOrDefault(command, Map.of()).getOrDefault(lower, word);
	}

	/** The reader's translations of the command's words ({@code antworten (answer)}); none for English. */
	public static List<String> of(Words words, String command) {
		List<String> listed = new ArrayList<>();
		BY_LANGUAGE.get(words.language()).getOrDefault(command, Map.of()).forEach((english, translated) -> {
			if (!english.equals(translated)) {
				listed.add(translated + " (" + english + ")");
			}
		});
		return listed;
	}

	/** A help line listing the reader's translations of the command's words, or an empty string when there are none. */
	public static String helpLine(Words words, String command) {
		List<String> listed = of(words, command);
		return listed.isEmpty() ? "" : words.get("help.aliases", "/" + command, String.join(", ", listed)) + "\n";
	}

	private static Properties read(Language language) {
		String file = BUNDLE + (language == Language.EN ? "" : "_" + language.code()) + ".properties";
		Properties properties = new Properties();
		try (InputStream in = Aliases.class.getClassLoader().getResourceAsStream(file)) {
			if (in != null) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		return properties;
	}

}
