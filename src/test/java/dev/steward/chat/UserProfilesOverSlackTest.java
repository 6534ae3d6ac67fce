package dev.steward.chat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.node.ObjectNode;

import dev.steward.support.SlackEdgeTest;
import dev.steward.support.SlackStub;
import dev.steward.team.Role;
import dev.steward.team.TeamRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Profiles over Slack come from {@code users.list}, read in pages in the background and kept, not from one
 * {@code users.info} per person; each test asks about a workspace of its own, so what it reads is its own.
 */
@ExtendWith(OutputCaptureExtension.class)
class UserProfilesOverSlackTest extends SlackEdgeTest {

	/** Monday 23 November 2026, 09:00 UTC. */
	private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

	private static final List<String> ZONES = List.of("Asia/Kolkata", "Australia/Lord_Howe", "America/New_York",
			"Europe/London");

	private static final AtomicInteger workspaces = new AtomicInteger();

	@Autowired
	private UserProfiles profiles;

	@Autowired
	private WorkspaceDirectories directories;

	@Autowired
	private TeamRepository teams;

	private String workspace;

	@BeforeEach
	void aWorkspaceOfItsOwn() {
		workspace = "TDIR" + workspaces.incrementAndGet();
		clock.freezeAt(MONDAY);
	}

	@Test
	void readsAWorkspaceOf2500PeopleInThreePagesAndNeverAsksUsersInfoAboutThem() {
		slack.directory(people(2500));

		assertThat(profiles.known(Platform.SLACK, workspace, "U01234")).isEmpty();
		await().untilAsserted(() -> assertThat(profiles.known(Platform.SLACK, workspace, "U02499")).isPresent());

		assertThat(slack.directoryCursors()).containsExactly("", "page2", "page3");
		assertThat(slack.calls("users.list")).allSatisfy((call) -> assertThat(call).containsEntry("limit", "1000"));
		assertThat(profiles.lookup(Platform.SLACK, workspace, "U01234"))
			.contains(new UserProfile("U01234", "Person 1234", ZoneId.of(ZONES.get(1234 % ZONES.size()))));
		assertThat(profiles.known(Platform.SLACK, workspace, "U00000"))
			.contains(new UserProfile("U00000", "Person 0", ZoneId.of("Asia/Kolkata")));
		assertThat(slack.calls("users.info")).isEmpty();
	}

	@Test
	void waitsOutA429OnAPageForItsRetryAfterAndAsksForThatPageAgain() {
		slack.directory(people(2500));
		slack.throttleDirectoryPage(2, 1);

		profiles.known(Platform.SLACK, workspace, "U00001");
		await().untilAsserted(() -> assertThat(slack.directoryCursors()).containsExactly("", "page2"));
		assertThat(profiles.known(Platform.SLACK, workspace, "U00001")).as("still waiting for Retry-After").isEmpty();
		clock.advance(Duration.ofSeconds(1));

		await().untilAsserted(() -> assertThat(profiles.known(Platform.SLACK, workspace, "U02499")).isPresent());
		assertThat(slack.directoryCursors()).containsExactly("", "page2", "page2", "page3");
		assertThat(directories.directory(new Workspace(Platform.SLACK, workspace)))
			.hasValueSatisfying((directory) -> assertThat(directory.failures()).isZero());
	}

	@Test
	void keepsTheLastDirectoryWhileReadsFailAndWarnsOnce(CapturedOutput output) {
		Workspace slackWorkspace = new Workspace(Platform.SLACK, workspace);
		UserProfile asha = new UserProfile("U0ASHA", "Asha", ZoneId.of("Asia/Kolkata"));
		slack.directory(List.of(SlackStub.member("U0ASHA", "asha", "Asha Rao", "Asha", "Asia/Kolkata")));
		profiles.known(Platform.SLACK, workspace, "U0ASHA");
		await().untilAsserted(() -> assertThat(profiles.known(Platform.SLACK, workspace, "U0ASHA")).contains(asha));
		slack.failDirectory(500);

		clock.advance(Duration.ofHours(1));
		directories.readDue();
		await().untilAsserted(() -> assertThat(directories.directory(slackWorkspace))
			.hasValueSatisfying((directory) -> assertThat(directory.failures()).isEqualTo(1)));
		assertThat(profiles.known(Platform.SLACK, workspace, "U0ASHA")).contains(asha);
		assertThat(directories.directory(slackWorkspace)).map(WorkspaceDirectories.Directory::nextReadAt)
			.contains(clock.instant().plus(Duration.ofMinutes(1)));

		clock.advance(Duration.ofMinutes(1));
		directories.readDue();
		await().untilAsserted(() -> assertThat(directories.directory(slackWorkspace))
			.hasValueSatisfying((directory) -> assertThat(directory.failures()).isEqualTo(2)));
		assertThat(profiles.known(Platform.SLACK, workspace, "U0ASHA")).contains(asha);
		assertThat(directories.directory(slackWorkspace)).map(WorkspaceDirectories.Directory::nextReadAt)
			.contains(clock.instant().plus(Duration.ofMinutes(2)));
		assertThat(output.getAll().lines().filter((line) -> line.contains("directory of " + slackWorkspace + ";")))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains(" WARN ").contains("Slack HTTP 500"));
		assertThat(output.getAll().lines()).noneMatch((line) -> line.contains(" ERROR "));
	}

	@Test
	void skipsDeletedUsersAndBotsAndNamesPeopleAsSlackShowsThem() {
		slack.directory(List.of(SlackStub.member("U0DISP", "dee", "Dee Doe", "Dee", "Europe/Berlin"),
				SlackStub.member("U0REAL", "rae", "Rae Roe", null, "Asia/Kolkata"),
				SlackStub.member("U0NAME", "nia", null, null, null),
				SlackStub.member("U0GONE", "gone", "Gone Away", "Gone", "Europe/London").put("deleted", true),
				SlackStub.member("B0BOT", "standbot", "Stand Bot", "Stand Bot", "Europe/London").put("is_bot", true),
				SlackStub.member("USLACKBOT", "slackbot", "Slackbot", "Slackbot", "America/Los_Angeles"),
				SlackStub.member("U0LAST", "lee", "Lee Last", "Lee", "Europe/London")));

		profiles.known(Platform.SLACK, workspace, "U0LAST");
		await().untilAsserted(() -> assertThat(profiles.known(Platform.SLACK, workspace, "U0LAST")).isPresent());

		assertThat(profiles.known(Platform.SLACK, workspace, "U0DISP"))
			.contains(new UserProfile("U0DISP", "Dee", ZoneId.of("Europe/Berlin")));
		assertThat(profiles.known(Platform.SLACK, workspace, "U0REAL"))
			.contains(new UserProfile("U0REAL", "Rae Roe", ZoneId.of("Asia/Kolkata")));
		assertThat(profiles.known(Platform.SLACK, workspace, "U0NAME")).contains(new UserProfile("U0NAME", "nia", null));
		assertThat(List.of("U0GONE", "B0BOT", "USLACKBOT"))
			.allSatisfy((userId) -> assertThat(profiles.known(Platform.SLACK, workspace, userId)).isEmpty());
	}

	@Test
	void readsEveryWorkspaceWithTeamsBeforeAnyoneAsksAndAgainAfterTheRefreshIntervalAndStoresWhoMoved() {
		Workspace slackWorkspace = new Workspace(Platform.SLACK, workspace);
		// The directory is stubbed before the team exists: the background refresh may read the new workspace first.
		slack.directory(List.of(SlackStub.member("U0MOVE", "mo", "Mo Vers", "Mo", "Asia/Kolkata")));
		long team = teams.create(Platform.SLACK, workspace, "C0DIR", "Directory", ZoneId.of("UTC"), MONDAY).id();
		teams.addMember(team, "U0MOVE", "U0MOVE", Role.MEMBER, true);

		directories.readDue();
		await().untilAsserted(() -> assertThat(directories.directory(slackWorkspace))
			.hasValueSatisfying((directory) -> assertThat(directory.readAt()).isEqualTo(MONDAY)));
		assertThat(profiles.known(Platform.SLACK, workspace, "U0MOVE")).map(UserProfile::zone)
			.contains(ZoneId.of("Asia/Kolkata"));

		slack.directory(List.of(SlackStub.member("U0MOVE", "mo", "Mo Vers", "Mo", "Europe/Berlin")));
		clock.advance(Duration.ofHours(1));
		directories.readDue();
		await().untilAsserted(() -> assertThat(directories.directory(slackWorkspace))
			.hasValueSatisfying((directory) -> assertThat(directory.readAt()).isEqualTo(MONDAY.plus(Duration.ofHours(1)))));
		assertThat(profiles.known(Platform.SLACK, workspace, "U0MOVE")).map(UserProfile::zone)
			.contains(ZoneId.of("Europe/Berlin"));
		await().untilAsserted(() -> assertThat(teams.member(team, "U0MOVE")).hasValueSatisfying((member) -> {
			assertThat(member.displayName()).isEqualTo("Mo");
			assertThat(member.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
		}));
	}

	/** People U00000, U00001, ... named Person 0, Person 1, ... in zones taken in turn from {@link #ZONES}. */
	private static List<ObjectNode> people(int count) {
		List<ObjectNode> people = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			people.add(SlackStub.member("U%05d".formatted(i), "person" + i, "Person " + i + " Full", "Person " + i,
					ZONES.get(i % ZONES.size())));
		}
		return people;
	}

}
