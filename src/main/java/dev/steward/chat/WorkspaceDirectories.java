package dev.steward.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * The people of each workspace as the platform's directory last listed them, read on a thread of its own when a
 * workspace is first asked about and again when due, by each replica for itself (they are only a cache), keeping the
 * last read while reads fail.
 */
@Component
class WorkspaceDirectories implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(WorkspaceDirectories.class);

	private final ChatGateways gateways;

	private final ServedWorkspaces served;

	private final Workspaces workspaces;

	private final Clock clock;

	private final ProfileProperties properties;

	private final ApplicationEventPublisher events;

	private final Map<Workspace, Directory> directories = new ConcurrentHashMap<>();

	private final Map<Workspace, Map<String, UserProfile>> learned = new ConcurrentHashMap<>();

	private final Set<Workspace> queued = ConcurrentHashMap.newKeySet();

	private final ExecutorService reader;

	WorkspaceDirectories(ChatGateways gateways, ServedWorkspaces served, Workspaces workspaces, Clock clock,
			ProfileProperties properties, ApplicationEventPublisher events) {
		this.gateways = gateways;
		this.events = events;
		this.served = served;
		this.workspaces = workspaces;
		this.clock = clock;
		this.properties = properties;
		CustomizableThreadFactory threads = new CustomizableThreadFactory("directory-reader-");
		threads.setDaemon(true);
		this.reader = Executors.newSingleThreadExecutor(threads);
	}

	/**
	 * What one workspace's directory holds.
	 *
	 * @param people everyone the last successful read listed, by user id; empty before the first
	 * @param readAt when the last successful read started, or null before the first
	 * @param failures the reads that failed since then
	 * @param nextReadAt when to read again
	 */
	record Directory(Map<String, UserProfile> people, Instant readAt, int failures, Instant nextReadAt) {

	}

	/**
	 * The person as the workspace's directory lists them, or as their own activity showed since. Never waits: a
	 * workspace asked about for the first time is read in the background, and until then nobody is listed.
	 */
	Optional<UserProfile> find(Workspace workspace, String userId) {
		Map<String, UserProfile> recent = learned.get(workspace);
		UserProfile news = (recent != null) ? recent.get(userId) : null;
		if (news != null) {
			return Optional.of(news);
		}
		Directory directory = directories.get(workspace);
		if (directory == null) {
			read(workspace);
			return Optional.empty();
		}
		return Optional.ofNullable(directory.people().get(userId));
	}

	/** Keeps what an adapter learned about a person until a directory read lists them the same way. */
	void learned(Workspace workspace, UserProfile profile) {
		learned.computeIfAbsent(workspace, (key) -> new ConcurrentHashMap<>()).put(profile.userId(), profile);
	}

	/**
	 * Whether the workspace's first directory read is under way (queued, or reading), starting it if it was never
	 * tried; whoever wants a person's profile can then wait for the {@link DirectoryChanged} it publishes instead of
	 * asking about the person alone.
	 */
	boolean firstReadUnderWay(Workspace workspace) {
		if (directories.containsKey(workspace)) {
			return false;
		}
		read(workspace);
		return queued.contains(workspace);
	}

	/** The workspace's directory, if it was ever read or tried. */
	Optional<Directory> directory(Workspace workspace) {
		return Optional.ofNullable(directories.get(workspace));
	}

	/** Reads in the background every directory that is due: of each workspace with teams, and of each read before. */
	void readDue() {
		Instant now = clock.instant();
		Set<Workspace> candidates = new LinkedHashSet<>(served.withTeams());
		candidates.addAll(directories.keySet());
		for (Workspace workspace : candidates) {
			Directory directory = directories.get(workspace);
			if ((directory == null || !directory.nextReadAt().isAfter(now))
					&& !workspaces.isDisabled(workspace.platform(), workspace.id())) {
				read(workspace);
			}
		}
	}

	/** Queues a read of the workspace's directory, unless one is queued already or its platform is not configured. */
	void read(Workspace workspace) {
		if (!gateways.isConfigured(workspace.platform()) || !queued.add(workspace)) {
			return;
		}
		try {
			reader.execute(() -> {
				try {
					readNow(workspace);
				}
				finally {
					queued.remove(workspace);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			queued.remove(workspace);
		}
	}

	private void readNow(Workspace workspace) {
		Instant startedAt = clock.instant();
		try {
			List<UserProfile> people = gateways.forPlatform(workspace.platform()).directory(workspace.id());
			succeeded(workspace, people, startedAt);
		}
		catch (ChatSendException ex) {
			failed(workspace, ex.getMessage(), ex.retryAfter());
		}
		catch (RuntimeException ex) {
			failed(workspace, ex.toString(), null);
		}
	}

	private void succeeded(Workspace workspace, List<UserProfile> people, Instant startedAt) {
		Map<String, UserProfile> byId = people.stream()
			.collect(Collectors.toUnmodifiableMap(UserProfile::userId, Function.identity(), (first, second) -> first));
		Directory before = directories.put(workspace, new Directory(byId, startedAt, 0,
				startedAt.plus(properties.directoryRefresh())));
		Map<String, UserProfile> recent = learned.get(workspace);
		if (recent != null) {
			recent.entrySet().removeIf((entry) -> entry.getValue().equals(byId.get(entry.getKey())));
		}
		Map<String, UserProfile> changed = byId.entrySet().stream()
			.filter((entry) -> before == null || !entry.getValue().equals(before.people().get(entry.getKey())))
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
		if (!changed.isEmpty()) {
			events.publishEvent(new DirectoryChanged(workspace, changed));
		}
		if (before == null || before.failures() > 0) {
			log.info("Read the directory of {} ({} listed){}", workspace, byId.size(),
					(before == null) ? "" : " (after " + before.failures() + " failed reads)");
		}
		else {
			log.debug("Read the directory of {} again ({} listed)", workspace, byId.size());
		}
	}

	/** Keeps the last directory; a read cut short by shutting down is not a failure worth a line. */
	private void failed(Workspace workspace, String reason, Duration retryAfter) {
		if (Thread.currentThread().isInterrupted()) {
			return;
		}
		Instant now = clock.instant();
		Directory before = directories.get(workspace);
		Directory after = (before == null) ? new Directory(Map.of(), null, 1, retryAt(now, 1, retryAfter))
				: new Directory(before.people(), before.readAt(), before.failures() + 1,
						retryAt(now, before.failures() + 1, retryAfter));
		directories.put(workspace, after);
		if (after.failures() == 1) {
			log.warn("Could not read the directory of {}; keeping what was read before ({} listed) and trying again "
					+ "at {}, less often after each failure (logged at DEBUG): {}", workspace, after.people().size(),
					after.nextReadAt(), reason);
		}
		else {
			log.debug("Could not read the directory of {} ({} failures in a row), trying again at {}: {}", workspace,
					after.failures(), after.nextReadAt(), reason);
		}
	}

	/** The retry wait doubles with each failure up to the refresh interval, and is never shorter than asked for. */
	private Instant retryAt(Instant now, int failures, Duration retryAfter) {
		Duration wait = properties.directoryRetry().multipliedBy(1L << Math.min(failures - 1, 20));
		if (wait.compareTo(properties.directoryRefresh()) > 0) {
			wait = properties.directoryRefresh();
		}
		if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
			wait = retryAfter;
		}
		return now.plus(wait);
	}

	@Override
	public void destroy() {
		reader.shutdownNow();
	}

}
