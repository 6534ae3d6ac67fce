package dev.steward.chat.teams;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.steward.chat.Platform;
import dev.steward.chat.ProfileLearned;
import dev.steward.chat.UserProfile;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The people the bot has seen in each tenant (from the roster on install and from every message): their names for
 * forms and mentions, and their time zones, since Teams has no profile call a bot can make for a zone, each change
 * announced as {@link ProfileLearned} so cached profiles need not wait for the next directory read.
 */
final class TeamsPeople {

	/** The most people a user picker on a card offers. */
	static final int MAX_CHOICES = 200;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Cache<String, Person> seen;

	private final ApplicationEventPublisher events;

	TeamsPeople(JdbcClient jdbc, Clock clock, Duration cacheTtl, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.seen = Caffeine.newBuilder().expireAfterWrite(cacheTtl).maximumSize(50_000).build();
		this.events = events;
	}

	/**
	 * A person as Steward knows them.
	 *
	 * @param userId the Teams user id ({@code 29:...})
	 * @param name the display name
	 * @param aadObjectId the Entra object id, or null
	 * @param zone the time zone their client reported, or null
	 */
	record Person(String userId, String name, String aadObjectId, ZoneId zone) {

		/** This person with what the other knows and this one does not. */
		Person merge(Person newer) {
			return new Person(userId, newer.name() != null ? newer.name() : name,
					newer.aadObjectId() != null ? newer.aadObjectId() : aadObjectId,
					newer.zone() != null ? newer.zone() : zone);
		}

		/** The person as the chat port describes people, named by their id while Teams has not said their name. */
		UserProfile profile() {
			return new UserProfile(userId, (name != null) ? name : userId, zone);
		}

	}

	/** Records what an activity said about the person, keeping what it left out. */
	void remember(String tenantId, Person person) {
		String key = tenantId + ":" + person.userId();
		Person known = seen.getIfPresent(key);
		if (known == null) {
			known = find(tenantId, person.userId()).orElse(null);
		}
		Person merged = known == null ? person : known.merge(person);
		if (merged.equals(known)) {
			seen.put(key, merged);
			return;
		}
		Map<String, Object> params = Map.of("tenant", tenantId, "user", merged.userId(), "name",
				merged.name() != null ? merged.name() : merged.userId(), "aad", Objects.toString(merged.aadObjectId(), ""),
				"zone", merged.zone() == null ? "" : merged.zone().getId(), "now",
				clock.instant().atOffset(ZoneOffset.UTC));
		int updated = jdbc.sql("update teams_user set display_name = :name, aad_object_id = nullif(:aad, ''), "
				+ "time_zone = nullif(:zone, ''), updated_at = :now where tenant_id = :tenant and user_id = :user")
			.params(params)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into teams_user (tenant_id, user_id, display_name, aad_object_id, time_zone, updated_at) "
					+ "values (:tenant, :user, :name, nullif(:aad, ''), nullif(:zone, ''), :now) on conflict do nothing")
				.params(params)
				.update();
		}
		seen.put(key, merged);
		events.publishEvent(new ProfileLearned(Platform.TEAMS, tenantId, merged.profile()));
	}

	Optional<Person> find(String tenantId, String userId) {
		return jdbc.sql("select * from teams_user where tenant_id = :tenant and user_id = :user")
			.param("tenant", tenantId)
			.param("user", userId)
			.query(TeamsPeople::person)
			.optional();
	}

	/** The people of the tenant by name, at most {@link #MAX_CHOICES}. */
	List<Person> inTenant(String tenantId) {
		return jdbc.sql("select * from teams_user where tenant_id = :tenant order by display_name, user_id limit :max")
			.param("tenant", tenantId)
			.param("max", MAX_CHOICES)
			.query(TeamsPeople::person)
			.list();
	}

	/** Everyone Steward has seen in the tenant. */
	List<Person> everyone(String tenantId) {
		return jdbc.sql("select * from teams_user where tenant_id = :tenant order by user_id")
			.param("tenant", tenantId)
			.query(TeamsPeople::person)
			.list();
	}

	private static Person person(ResultSet rs, int row) throws SQLException {
		return new Person(rs.getString("user_id"), rs.getString("display_name"), rs.getString("aad_object_id"),
				zone(rs.getString("time_zone")));
	}

	/** The zone for an IANA id, or null when it is missing or unknown. */
	static ZoneId zone(String id) {
		if (id == null || id.isBlank()) {
			return null;
		}
		try {
			return ZoneId.of(id.strip());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
