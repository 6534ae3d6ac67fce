package dev.steward.chat;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Platform user profiles behind a Caffeine cache, since names and zones change rarely and lookups are rate-limited. */
@Component
public class UserProfiles {

	private static final Logger log = LoggerFactory.getLogger(UserProfiles.class);

	private final ChatGateways gateways;

	private final Cache<String, Optional<UserProfile>> cache;

	private final Cache<String, Boolean> failed;

	public UserProfiles(ChatGateways gateways, @Value("${steward.chat.profile-cache-ttl:PT1H}") Duration ttl) {
		this.gateways = gateways;
		this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(50_000).build();
		this.failed = Caffeine.newBuilder().expireAfterWrite(ttl.dividedBy(12)).maximumSize(50_000).build();
	}

	/** The user's profile, from the cache or the platform; empty when unknown or the platform cannot be reached. */
	public Optional<UserProfile> lookup(Platform platform, String workspaceId, String userId) {
		String key = platform.key() + ":" + workspaceId + ":" + userId;
		Optional<UserProfile> cached = cache.getIfPresent(key);
		if (cached != null) {
			return cached;
		}
		if (failed.getIfPresent(key) != null) {
			return Optional.empty();
		}
		try {
			Optional<UserProfile> profile = gateways.forPlatform(platform).profile(workspaceId, userId);
			cache.put(key, profile);
			return profile;
		}
		catch (ChatSendException ex) {
			failed.put(key, Boolean.TRUE);
			log.warn("Could not look up {} user {} (not asking again for a while): {}", platform, userId,
					ex.getMessage());
			return Optional.empty();
		}
	}

}
