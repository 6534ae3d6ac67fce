package dev.steward.team;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.steward.chat.DirectoryChanged;
import dev.steward.chat.ProfileLearned;
import dev.steward.chat.UserProfile;
import dev.steward.chat.UserProfiles;
import dev.steward.chat.Workspace;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps members' stored names and zones as the platform has them: looked up in the background when someone joins a
 * team, and followed after each directory read and each activity that shows them, so prompts are timed by the right
 * zone from the first day.
 */
@Component
class MemberProfiles implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(MemberProfiles.class);

	private final TeamRepository teams;

	private final UserProfiles profiles;

	private final ApplicationEventPublisher events;

	private final ExecutorService lookups;

	MemberProfiles(TeamRepository teams, UserProfiles profiles, ApplicationEventPublisher events) {
		this.teams = teams;
		this.profiles = profiles;
		this.events = events;
		CustomizableThreadFactory threads = new CustomizableThreadFactory("member-profile-");
		threads.setDaemon(true);
		this.lookups = Executors.newSingleThreadExecutor(threads);
	}

	/**
	 * Looks the new member up once the membership is committed, without holding up the request that added them: from
	 * the workspace's directory, or, when it is being read for the first time, from the read's {@link DirectoryChanged};
	 * only someone the directory does not list is asked about alone.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void added(MemberAdded event) {
		try {
			lookups.execute(() -> lookUp(event));
		}
		catch (RejectedExecutionException ex) {
			log.debug("Not looking up {}: shutting down", event.userId());
		}
	}

	@EventListener
	void directoryRead(DirectoryChanged event) {
		for (StoredProfile stored : teams.profilesIn(event.workspace())) {
			UserProfile listed = event.changed().get(stored.userId());
			if (listed != null) {
				follow(stored, listed);
			}
		}
	}

	/** Follows what a person's own activity showed (on Teams, the zone of the client they wrote from). */
	@EventListener
	void learned(ProfileLearned event) {
		for (StoredProfile stored : teams.profilesOf(new Workspace(event.platform(), event.workspaceId()),
				event.profile().userId())) {
			follow(stored, event.profile());
		}
	}

	private void lookUp(MemberAdded event) {
		try {
			Optional<Team> team = teams.find(event.teamId());
			Optional<Member> member = teams.member(event.teamId(), event.userId());
			if (team.isEmpty() || member.isEmpty()) {
				return;
			}
			if (profiles.directoryComing(team.get().platform(), team.get().workspaceId())) {
				return;
			}
			Member found = member.get();
			profiles.lookup(team.get().platform(), team.get().workspaceId(), event.userId())
				.ifPresent((profile) -> follow(new StoredProfile(found.id(), found.teamId(), found.userId(),
						found.displayName(), found.zone()), profile));
		}
		catch (RuntimeException ex) {
			log.warn("Could not store the profile of new member {} of team {}; the next directory read will: {}",
					event.userId(), event.teamId(), ex.toString());
		}
	}

	private void follow(StoredProfile stored, UserProfile profile) {
		ZoneId zone = (profile.zone() != null) ? profile.zone() : stored.zone();
		if (profile.displayName().equals(stored.displayName()) && Objects.equals(zone, stored.zone())) {
			return;
		}
		teams.updateProfile(stored.memberId(), profile.displayName(), zone);
		events.publishEvent(new MemberProfileChanged(stored.teamId(), stored.userId()));
	}

	@Override
	public void destroy() {
		lookups.shutdownNow();
	}

}
