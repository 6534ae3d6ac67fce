package dev.steward.impediment;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.steward.command.UsageException;

/** What a change request changes: the work's scope, its schedule, its cost, or one of the sprint's value goals. */
public enum ChangeArea {

	SCOPE, SCHEDULE, COST, GOAL;

	/** The area as people write it. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Reads {@code scope, schedule} or {@code cost}; an unknown word is refused with the words there are. */
	static Set<ChangeArea> parse(String text) {
		Set<ChangeArea> areas = EnumSet.noneOf(ChangeArea.class);
		for (String word : text.toLowerCase(Locale.ROOT).split("[\\s,/+]+")) {
			if (word.isBlank() || word.equals("and")) {
				continue;
			}
			try {
				areas.add(valueOf(word.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException unknown) {
				throw new UsageException("'" + word.strip() + "' is not something a change request changes: write "
						+ "scope, schedule, cost or goal. Nothing was changed.");
			}
		}
		return areas;
	}

	/** The areas as stored: {@code SCOPE,COST}, or null for none. */
	static String stored(Set<ChangeArea> areas) {
		return areas.isEmpty() ? null : areas.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	static Set<ChangeArea> fromStored(String stored) {
		Set<ChangeArea> areas = EnumSet.noneOf(ChangeArea.class);
		if (stored != null && !stored.isBlank()) {
			for (String name : stored.split(",")) {
				areas.add(valueOf(name));
			}
		}
		return areas;
	}

	/** The areas as people read them: {@code scope and cost}. */
	public static String describe(Set<ChangeArea> areas) {
		return areas.stream().sorted().map(ChangeArea::label).collect(Collectors.joining(" and "));
	}

}
