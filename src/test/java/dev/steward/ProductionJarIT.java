package dev.steward;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar the package phase built ships no test library and none of the chart library's PDF, SVG or GIF
 * encoders, and carries what operators read: the SBOM, the build information and the commit.
 */
class ProductionJarIT {

	private static List<String> entries;

	@BeforeAll
	static void readJar() throws IOException {
		Path jar;
		try (Stream<Path> built = Files.list(Path.of("target"))) {
			jar = built.filter((path) -> path.getFileName().toString().matches("steward-.*\\.jar"))
				.findFirst()
				.orElseThrow();
		}
		try (JarFile file = new JarFile(jar.toFile())) {
			entries = file.stream().map(ZipEntry::getName).toList();
		}
	}

	@Test
	void shipsNoTestLibrary() {
		assertThat(libraries()).noneMatch((library) -> library
			.matches("(junit|opentest4j|apiguardian|assertj|mockito|hamcrest|wiremock|awaitility|archunit|"
					+ "spring-boot-test|spring-test|jsonassert|xmlunit|byte-buddy-agent|objenesis).*"));
	}

	@Test
	void shipsNoChartExportLibrary() {
		assertThat(libraries()).noneMatch((library) -> library
			.matches("(pdfbox|fontbox|graphics2d|VectorGraphics2D|animated-gif-lib).*"));
	}

	@Test
	void carriesTheSbomTheBuildInformationAndTheCommit() {
		assertThat(entries).contains("META-INF/sbom/application.cdx.json", "META-INF/build-info.properties",
				"BOOT-INF/classes/git.properties");
	}

	private static List<String> libraries() {
		List<String> libraries = entries.stream()
			.filter((entry) -> entry.startsWith("BOOT-INF/lib/") && entry.endsWith(".jar"))
			.map((entry) -> entry.substring("BOOT-INF/lib/".length()))
			.toList();
		assertThat(libraries).as("libraries in the jar").isNotEmpty();
		return libraries;
	}

}
