package dev.steward.chat.teams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.steward.chat.Conversation;
import dev.steward.chat.Platform;
import dev.steward.chat.ProfileLearned;
import dev.steward.chat.UserProfile;
import dev.steward.support.StorageTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Conversation references and people in the database, as proactive messages need them after a restart. */
class TeamsStoresStorageTest extends StorageTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

	private static final Conversation BOB = Conversation.direct(Platform.TEAMS, "tenant-1", "29:1bob");

	@BeforeEach
	void empty() {
		jdbc.sql("delete from teams_conversation").update();
		jdbc.sql("delete from teams_user").update();
	}

	@Test
	void findsAReferenceAfterARestartAndKeepsTheNewestServiceUrl() {
		new ConversationStore(jdbc, CLOCK, Duration.ofHours(1))
			.remember(BOB, new ConversationRef("a:1", "https://smba.example/emea/", "28:bot"));
		new ConversationStore(jdbc, CLOCK, Duration.ofHours(1))
			.remember(BOB, new ConversationRef("a:1", "https://smba.example/amer/", "28:bot"));

		ConversationStore restarted = new ConversationStore(jdbc, CLOCK, Duration.ofHours(1));

		assertThat(restarted.find(BOB)).as(database())
			.contains(new ConversationRef("a:1", "https://smba.example/amer/", "28:bot"));
		assertThat(restarted.find(Conversation.channel(Platform.TEAMS, "tenant-1", "29:1bob"))).isEmpty();
		assertThat(restarted.latestInTenant("tenant-1")).map(ConversationRef::serviceUrl)
			.contains("https://smba.example/amer/");
		assertThat(restarted.latestInTenant("tenant-2")).isEmpty();
	}

	@Test
	void keepsAPersonsZoneWhenALaterActivityDoesNotSayIt() {
		List<Object> learned = new ArrayList<>();
		new TeamsPeople(jdbc, CLOCK, Duration.ZERO, learned::add)
			.remember("tenant-1", new TeamsPeople.Person("29:1bob", "Bob", null, ZoneId.of("Asia/Kolkata")));
		new TeamsPeople(jdbc, CLOCK, Duration.ZERO, learned::add)
			.remember("tenant-1", new TeamsPeople.Person("29:1bob", "Bob Builder", "aad-1", null));

		TeamsPeople people = new TeamsPeople(jdbc, CLOCK, Duration.ZERO, learned::add);

		assertThat(people.find("tenant-1", "29:1bob")).as(database())
			.contains(new TeamsPeople.Person("29:1bob", "Bob Builder", "aad-1", ZoneId.of("Asia/Kolkata")));
		assertThat(people.inTenant("tenant-1")).extracting(TeamsPeople.Person::name).containsExactly("Bob Builder");
		assertThat(people.inTenant("tenant-2")).isEmpty();
		assertThat(learned).last()
			.isEqualTo(new ProfileLearned(Platform.TEAMS, "tenant-1",
					new UserProfile("29:1bob", "Bob Builder", ZoneId.of("Asia/Kolkata"))));
	}

	@Test
	void listsEveryoneSeenInTheTenantForItsDirectory() {
		TeamsPeople people = new TeamsPeople(jdbc, CLOCK, Duration.ZERO, (event) -> {
		});
		for (int i = 0; i < TeamsPeople.MAX_CHOICES + 50; i++) {
			people.remember("tenant-1", new TeamsPeople.Person("29:%04d".formatted(i), "Person " + i, null, null));
		}
		people.remember("tenant-2", new TeamsPeople.Person("29:other", "Other", null, null));

		assertThat(people.everyone("tenant-1")).as(database()).hasSize(TeamsPeople.MAX_CHOICES + 50);
		assertThat(people.everyone("tenant-2")).extracting(TeamsPeople.Person::userId).containsExactly("29:other");
	}

}
