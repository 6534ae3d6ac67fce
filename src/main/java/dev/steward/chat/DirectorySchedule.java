package dev.steward.chat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for due directory reads on every replica, without the tick's cluster lock: each replica keeps its own copy
 * of the directories, so each reads them for itself.
 */
@Component
@ConditionalOnProperty(name = "steward.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class DirectorySchedule {

	private static final Logger log = LoggerFactory.getLogger(DirectorySchedule.class);

	private final WorkspaceDirectories directories;

	DirectorySchedule(WorkspaceDirectories directories) {
		this.directories = directories;
	}

	@Scheduled(fixedDelayString = "${steward.chat.directory-retry:1m}")
	void readDue() {
		try {
			directories.readDue();
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for directories to read: {}", ex.getMessage());
		}
	}

}
