package dev.steward.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference table in {@code docs/configuration.md} names exactly the {@code steward.*} settings the configuration
 * processor found in the code, so neither a new setting nor a removed one goes unnoticed.
 */
class ConfigurationReferenceTest {

	private static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");

	private static final Path REFERENCE = Path.of("docs/configuration.md");

	private static final Pattern ROW = Pattern.compile("(?m)^\\| `(steward\\.[a-z0-9.-]+)` \\|");

	@Test
	void documentsEverySettingTheCodeHasAndNoOther() throws IOException {
		Set<String> documented = new TreeSet<>();
		Matcher row = ROW.matcher(Files.readString(REFERENCE));
		while (row.find()) {
			documented.add(row.group(1));
		}

		assertThat(documented).as("settings in %s", REFERENCE).isEqualTo(settingsInTheCode());
	}

	@Test
	void describesEverySettingForTheIde() throws IOException {
		JsonNode properties = JsonMapper.builder().build().readTree(METADATA.toFile()).path("properties");

		assertThat(properties.valueStream().filter((property) -> property.path("name").asString().startsWith("steward."))
			.filter((property) -> property.path("description").asString().isBlank())
			.map((property) -> property.path("name").asString())).as("settings without a description").isEmpty();
	}

	private static Set<String> settingsInTheCode() throws IOException {
		Set<String> names = new TreeSet<>();
		JsonMapper.builder().build().readTree(METADATA.toFile()).path("properties").forEach((property) -> {
			String name = property.path("name").asString();
			if (name.startsWith("steward.")) {
				names.add(name);
			}
		});
		assertThat(names).as("settings in %s", METADATA).isNotEmpty();
		return names;
	}

}
