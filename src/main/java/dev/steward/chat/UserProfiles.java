package dev.steward.chat;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Platform user profiles (name, zone): from each workspace's directory, read in bulk in the background, and for
 * someone the directory does not list, a look-up of that one person behind a Caffeine cache.
 */
@Component
public class UserProfiles {

	private static final Logger log = LoggerFactory.getLogger(UserProfiles.class);

	private final ChatGateways gateways;

	private final WorkspaceDirectories directories;

	private final Cache<String, Optional<UserProfile>> cache;

	private final Cache<String, Boolean> failed;

	UserProfiles(ChatGateways gateways, WorkspaceDirectories directories, ProfileProperties properties) {
		this.gateways = gateways;
		this.directories = directories;
		this.cache = Caffeine.newBuilder().expireAfterWrite(properties.profileCacheTtl()).maximumSize(50_000).build();
		this.failed = Caffeine.newBuilder()
			.expireAfterWrite(properties.profileCacheTtl().dividedBy(12))
			.maximumSize(50_000)
			.build();
	}

	/**
	 * The user's profile as Steward already knows it: from the workspace's directory (with what the person's own
	 * activity showed since it was read), or from an earlier look-up of the person still in the cache. Never calls the
	 * platform and never waits, so scheduled work can ask for thousands of people: the first time a workspace is asked
	 * about, its directory is read in the background and the answer is empty until that read is done. Empty, too, for
	 * someone the directory does not list (a bot, a deleted user, or someone who joined since the last read).
	 */
	public Optional<UserProfile> known(Platform platform, String workspaceId, String userId) {
		Optional<UserProfile> listed = directories.find(new Workspace(platform, workspaceId), userId);
		if (listed.isPresent()) {
			return listed;
		}
		Optional<UserProfile> cached = cache.getIfPresent(key(platform, workspaceId, userId));
		return (cached != null) ? cached : Optional.empty();
	}

	/**
	 * The user's profile for an interactive request: as {@link #known known}, or else from the platform, asking for
	 * that one person (on Slack, {@code users.info}) and caching the answer; empty when the platform does not know
	 * the user or cannot be reached (then it is not asked about that user again for a while).
	 */
	public Optional<UserProfile> lookup(Platform platform, String workspaceId, String userId) {
		Optional<UserProfile> known = known(platform, workspaceId, userId);
		String key = key(platform, workspaceId, userId);
		if (known.isPresent() || cache.getIfPresent(key) != null || failed.getIfPresent(key) != null) {
			return known;
		}
		return ask(platform, workspaceId, userId, key);
	}

	/**
	 * Whether the workspace's directory is being read for the first time: then everyone it lists is published in a
	 * {@link DirectoryChanged} soon, and asking the platform about one person now would be a wasted call.
	 */
	public boolean directoryComing(Platform platform, String workspaceId) {
		return directories.firstReadUnderWay(new Workspace(platform, workspaceId));
	}

	/** Takes what an adapter learned from the person's own activity, so answers need not wait for the next read. */
	@EventListener
	void learned(ProfileLearned event) {
		directories.learned(new Workspace(event.platform(), event.workspaceId()), event.profile());
		cache.invalidate(key(event.platform(), event.workspaceId(), event.profile().userId()));
	}

	private Optional<UserProfile> ask(Platform platform, String workspaceId, String userId, String key) {
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

	private static String key(Platform platform, String workspaceId, String userId) {
		return platform.key() + ":" + workspaceId + ":" + userId;
	}

}
