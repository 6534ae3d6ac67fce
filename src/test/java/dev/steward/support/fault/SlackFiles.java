package dev.steward.support.fault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Files on their way through Slack's three upload steps: asked for, uploaded, shared into a channel. */
final class SlackFiles {

	private final Map<String, SlackFile> files = new LinkedHashMap<>();

	private int lastId;

	SlackFile ask(String filename) {
		SlackFile file = new SlackFile("F%09d".formatted(++lastId), filename, null, -1, null);
		files.put(file.id(), file);
		return file;
	}

	/** Records the bytes that arrived at the file's upload URL; false for an id never handed out. */
	boolean upload(String id, int bytes) {
		SlackFile file = files.get(id);
		if (file == null) {
			return false;
		}
		files.put(id, new SlackFile(id, file.filename(), file.title(), bytes, null));
		return true;
	}

	/** Shares an uploaded file into the channel; null when it was never uploaded. */
	SlackFile complete(String id, String title, String channel) {
		SlackFile file = files.get(id);
		if (file == null || file.bytes() < 0) {
			return null;
		}
		SlackFile shared = new SlackFile(id, file.filename(), (title != null) ? title : file.filename(), file.bytes(),
				channel);
		files.put(id, shared);
		return shared;
	}

	List<SlackFile> in(String channel) {
		List<SlackFile> shared = new ArrayList<>();
		for (SlackFile file : files.values()) {
			if (channel.equals(file.channel())) {
				shared.add(file);
			}
		}
		return shared;
	}

	void clear() {
		files.clear();
	}

}
