package dev.steward.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bundle of Steward's words is complete in every language it speaks, and each message can be formatted. */
class BundlesTest {

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	@Test
	void everyLanguageHasEveryKeyEnglishHasAndNoOther() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String base : bundles()) {
			Properties english = read(base + ".properties");
			for (Language language : translations()) {
				String file = base + "_" + language.code() + ".properties";
				Properties translated = read(file);
				Set<String> missing = new TreeSet<>(english.stringPropertyNames());
				missing.removeAll(translated.stringPropertyNames());
				Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
				extra.removeAll(english.stringPropertyNames());
				missing.forEach((key) -> problems.add(file + " lacks " + key));
				extra.forEach((key) -> problems.add(file + " has " + key + ", which English does not"));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void noKeyIsInTwoBundles() throws IOException {
		java.util.Map<String, String> owners = new java.util.HashMap<>();
		List<String> problems = new ArrayList<>();
		for (String base : bundles()) {
			for (String key : read(base + ".properties").stringPropertyNames()) {
				String before = owners.putIfAbsent(key, base);
				if (before != null) {
					problems.add(key + " is in " + before + " and " + base);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyTranslationTakesTheArgumentsItsEnglishTakes() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String base : bundles()) {
			Properties english = read(base + ".properties");
			for (Language language : translations()) {
				Properties translated = read(base + "_" + language.code() + ".properties");
				for (String key : english.stringPropertyNames()) {
					String value = translated.getProperty(key);
					if (value != null && !arguments(english.getProperty(key)).equals(arguments(value))) {
						problems.add(base + "_" + language.code() + " " + key + " takes " + arguments(value)
								+ " where English takes " + arguments(english.getProperty(key)));
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyMessageIsAValidPatternInItsLanguage() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String base : bundles()) {
			for (Language language : Language.values()) {
				String file = base + (language == Language.EN ? "" : "_" + language.code()) + ".properties";
				Properties messages = read(file);
				for (String key : messages.stringPropertyNames()) {
					try {
						new MessageFormat(messages.getProperty(key), language.locale());
					}
					catch (IllegalArgumentException ex) {
						problems.add(file + " " + key + ": " + ex.getMessage());
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void aTranslatedCommandWordIsNeverAnotherEnglishWordOfTheSameCommand() throws IOException {
		Properties english = read(Aliases.BUNDLE + ".properties");
		List<String> problems = new ArrayList<>();
		for (Language language : translations()) {
			Properties translated = read(Aliases.BUNDLE + "_" + language.code() + ".properties");
			for (String key : translated.stringPropertyNames()) {
				String command = key.split("\\.")[1];
				String word = translated.getProperty(key).toLowerCase(Locale.ROOT);
				boolean clash = english.stringPropertyNames()
					.stream()
					.filter((other) -> !other.equals(key) && other.startsWith("alias." + command + "."))
					.anyMatch((other) -> other.endsWith("." + word));
				if (clash) {
					problems.add(language.code() + " " + key + " = " + word + ", another word of /" + command);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void aTranslatedWordStandsForItsEnglishWordAndAnEnglishWordForItself() {
		assertThat(Aliases.toEnglish("standup", "antworten")).isEqualTo("answer");
		assertThat(Aliases.toEnglish("standup", "Responder")).isEqualTo("answer");
		assertThat(Aliases.toEnglish("standup", "answer")).isEqualTo("answer");
		assertThat(Aliases.toEnglish("impediment", "antworten")).isEqualTo("antworten");
	}

	@Test
	void datesTimesAndNumbersAreWrittenAsTheLanguageWritesThem() {
		java.time.LocalDate date = java.time.LocalDate.of(2026, 12, 24);
		assertThat(Words.in(Language.EN).day(date)).isEqualTo("Thu 24 Dec");
		assertThat(Words.in(Language.DE).day(date)).isEqualTo("Do., 24. Dez.");
		assertThat(Words.in(Language.ES).day(date)).isEqualTo("jue 24 dic");
		assertThat(Words.in(Language.DE).number(3.25, 1)).isEqualTo("3,2");
		assertThat(Words.in(Language.EN).number(3.25, 1)).isEqualTo("3.2");
		assertThat(Words.in(Language.DE).list(List.of("Ana", "Ben", "Cem"))).isEqualTo("Ana, Ben und Cem");
	}

	@Test
	void theCheckForEnglishFindsAnEnglishSentenceAndNotAGermanOne() {
		assertThat(EnglishSentences.in("Reminder: your stand-up for Mon 23 Nov is still open.")).isNotEmpty();
		assertThat(EnglishSentences.in(Words.in(Language.DE).get("standup.reminder", "Stand-up", "Mo., 23. Nov.")))
			.isEmpty();
	}

	private static List<String> bundles() {
		List<String> bundles = Words.baseNames();
		assertThat(bundles).contains("messages/common", Aliases.BUNDLE);
		return bundles;
	}

	private static List<Language> translations() {
		return List.of(Language.DE, Language.ES);
	}

	private static Set<Integer> arguments(String pattern) {
		Set<Integer> found = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(pattern);
		while (matcher.find()) {
			found.add(Integer.parseInt(matcher.group(1)));
		}
		return found;
	}

	private static Properties read(String file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(file)) {
			assertThat(in).as(file).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
