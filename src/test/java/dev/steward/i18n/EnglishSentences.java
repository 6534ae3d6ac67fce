package dev.steward.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fixed stretches of Steward's English messages, three words or longer, for telling whether a message meant for
 * another language let any English through.
 */
final class EnglishSentences {

	private static final Set<String> FRAGMENTS = read();

	private EnglishSentences() {
	}

	/** The English stretches the text contains; empty when it has none. */
	static List<String> in(String text) {
		return FRAGMENTS.stream().filter(text::contains).toList();
	}

	private static Set<String> read() {
		Set<String> fragments = new TreeSet<>();
		for (String base : Words.baseNames()) {
			if (base.equals(Aliases.BUNDLE)) {
				continue;
			}
			Properties english = new Properties();
			try (InputStream in = EnglishSentences.class.getClassLoader().getResourceAsStream(base + ".properties")) {
				english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			english.values().forEach((value) -> fragments(value.toString().replace("''", "'"), fragments));
		}
		return fragments;
	}

	/** The stretches between arguments (and outside choice formats), trimmed, of three words or more. */
	private static void fragments(String pattern, Set<String> into) {
		for (String part : pattern.split("\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}|\\n")) {
			String fragment = part.strip();
			while (!fragment.isEmpty() && !Character.isLetter(fragment.charAt(fragment.length() - 1))) {
				fragment = fragment.substring(0, fragment.length() - 1).strip();
			}
			if (fragment.split("\\s+").length >= 3 && !fragment.startsWith("/")) {
				into.add(fragment);
			}
		}
	}

}
