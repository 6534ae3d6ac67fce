package dev.steward.chat.slack.install;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may install Steward: anyone until the operator names workspaces or organisations, then only those. */
class InstallPropertiesTest {

	@Test
	void letsAnyoneInstallWhenNoListIsSet() {
		assertThat(limitedTo(Set.of(), Set.of()).allows(null, "T1", false)).isTrue();
		assertThat(limitedTo(Set.of(), Set.of()).allows("E1", null, true)).isTrue();
	}

	@Test
	void letsOnlyTheNamedWorkspacesInstall() {
		InstallProperties properties = limitedTo(Set.of("T1"), Set.of());

		assertThat(properties.allows(null, "T1", false)).isTrue();
		assertThat(properties.allows(null, "T2", false)).isFalse();
		assertThat(properties.allows("E1", null, true)).as("an organisation is not a named workspace").isFalse();
	}

	@Test
	void letsANamedOrganisationAndEachOfItsWorkspacesInstall() {
		InstallProperties properties = limitedTo(Set.of(), Set.of("E1"));

		assertThat(properties.allows("E1", null, true)).isTrue();
		assertThat(properties.allows("E1", "T5", false)).isTrue();
		assertThat(properties.allows("E2", "T6", false)).isFalse();
		assertThat(properties.allows(null, "T7", false)).isFalse();
	}

	@Test
	void neverPrintsTheClientSecret() {
		assertThat(limitedTo(Set.of(), Set.of())).asString().doesNotContain("the-secret").contains("clientSecret=(set)");
	}

	private static InstallProperties limitedTo(Set<String> workspaces, Set<String> enterprises) {
		return new InstallProperties("1234.5678", "the-secret", List.of("k1:AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE="),
				List.of("commands"), null, "https://slack.com/oauth/v2/authorize", Duration.ofMinutes(10),
				Duration.ofMinutes(1), workspaces, enterprises);
	}

}
