package dev.steward.chat.teams;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installable {@code steward-teams.zip} the package phase built: a manifest with the schema's required fields
 * and the bot id filled in, and icons of the sizes Teams requires.
 */
class TeamsAppPackageIT {

	private static final Pattern GUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Map<String, byte[]> entries = new LinkedHashMap<>();

	private static JsonNode manifest;

	@BeforeAll
	static void unzip() throws IOException {
		Path zip = Path.of(System.getProperty("teams.package", "target/steward-teams.zip"));
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		manifest = JsonMapper.builder().build().readTree(entries.get("manifest.json"));
	}

	@Test
	void holdsTheManifestAndBothIconsAtTheTopLevel() {
		assertThat(entries.keySet()).containsExactlyInAnyOrder("manifest.json", "color.png", "outline.png");
	}

	@Test
	void hasEveryFieldTheManifestSchemaRequires() {
		for (String field : List.of("manifestVersion", "version", "id", "developer", "name", "description", "icons",
				"accentColor")) {
			assertThat(manifest.has(field)).as(field).isTrue();
		}
		assertThat(manifest.path("manifestVersion").asString()).matches("1\\.(1[7-9]|2\\d)");
		assertThat(manifest.path("$schema").asString()).contains("/v" + manifest.path("manifestVersion").asString() + "/");
		assertThat(manifest.path("version").asString()).matches("\\d+\\.\\d+\\.\\d+");
		for (String field : List.of("name", "websiteUrl", "privacyUrl", "termsOfUseUrl")) {
			assertThat(manifest.path("developer").path(field).asString()).as("developer." + field).isNotBlank();
		}
		assertThat(manifest.path("name").path("short").asString()).hasSizeBetween(1, 30);
		assertThat(manifest.path("description").path("short").asString()).hasSizeBetween(1, 80);
		assertThat(manifest.path("description").path("full").asString()).hasSizeBetween(1, 4000);
		assertThat(manifest.path("accentColor").asString()).matches("#[0-9A-Fa-f]{6}");
		assertThat(manifest.path("icons").path("color").asString()).isEqualTo("color.png");
		assertThat(manifest.path("icons").path("outline").asString()).isEqualTo("outline.png");
	}

	@Test
	void fillsInTheBotIdAndOffersTheCommands() {
		String botId = System.getProperty("teams.bot-id");
		assertThat(manifest.path("id").asString()).isEqualTo(botId).matches(GUID);
		assertThat(manifest.toString()).doesNotContain("{{");
		JsonNode bot = manifest.path("bots").path(0);
		assertThat(bot.path("botId").asString()).isEqualTo(botId);
		assertThat(bot.path("scopes").toString()).contains("personal").contains("team");
		JsonNode lists = bot.path("commandLists");
		assertThat(lists.size()).isPositive();
		for (JsonNode list : lists) {
			assertThat(list.path("scopes").size()).isPositive();
			assertThat(list.path("commands").size()).isBetween(1, 10);
			for (JsonNode command : list.path("commands")) {
				assertThat(command.path("title").asString()).hasSizeBetween(1, 32).matches("(standup|impediment|issue|change) .+");
				assertThat(command.path("description").asString()).hasSizeBetween(1, 128);
			}
		}
	}

	@Test
	void hasAColourIconOf192AndAWhiteOnTransparentOutlineOf32() throws IOException {
		BufferedImage color = ImageIO.read(new ByteArrayInputStream(entries.get("color.png")));
		BufferedImage outline = ImageIO.read(new ByteArrayInputStream(entries.get("outline.png")));

		assertThat(List.of(color.getWidth(), color.getHeight())).containsExactly(192, 192);
		assertThat(List.of(outline.getWidth(), outline.getHeight())).containsExactly(32, 32);
		for (int x = 0; x < 32; x++) {
			for (int y = 0; y < 32; y++) {
				int argb = outline.getRGB(x, y);
				assertThat(argb >>> 24 == 0 || (argb & 0xFFFFFF) == 0xFFFFFF).as("pixel %d,%d", x, y).isTrue();
			}
		}
	}

}
