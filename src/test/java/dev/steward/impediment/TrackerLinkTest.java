package dev.steward.impediment;

import org.junit.jupiter.api.Test;

import dev.steward.command.UsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tracker links are shown by the tracker's own key where Steward knows the tracker, and by host otherwise. */
class TrackerLinkTest {

	@Test
	void showsAJiraIssueByItsKey() {
		assertThat(TrackerLink.of("https://acme.atlassian.net/browse/OPS-12")).extracting(TrackerLink::label,
				TrackerLink::tracker).containsExactly("OPS-12", "jira");
		assertThat(TrackerLink.of("https://jira.acme.internal/browse/PLAT_2-7").label()).isEqualTo("PLAT_2-7");
	}

	@Test
	void showsAGithubIssueOrPullRequestAsOwnerRepoNumber() {
		assertThat(TrackerLink.of("https://github.com/acme/api/issues/42").label()).isEqualTo("acme/api#42");
		assertThat(TrackerLink.of("https://github.com/acme/api/pull/7/").tracker()).isEqualTo("github");
	}

	@Test
	void showsALinearIssueByItsKey() {
		assertThat(TrackerLink.of("https://linear.app/acme/issue/ENG-123/fix-the-build")).extracting(
				TrackerLink::label, TrackerLink::tracker).containsExactly("ENG-123", "linear");
	}

	@Test
	void showsAnyOtherPageByItsHost() {
		assertThat(TrackerLink.of("https://wiki.acme.com/runbooks/vpn")).extracting(TrackerLink::label,
				TrackerLink::tracker).containsExactly("wiki.acme.com", "web");
	}

	@Test
	void refusesWhatIsNotAWebAddress() {
		for (String given : new String[] { "javascript:alert(1)", "ftp://acme.com/x", "OPS-12", "https:///nohost" }) {
			assertThatThrownBy(() -> TrackerLink.of(given)).as(given)
				.isInstanceOf(UsageException.class)
				.hasMessageContaining("not a web address");
		}
	}

}
