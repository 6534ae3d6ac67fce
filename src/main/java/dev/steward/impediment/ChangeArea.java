package dev.steward.impediment;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.steward.command.UsageException;
import dev.steward.i18n.Words;

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
				throw new UsageException(Words.current().get("impediment.refused.unknown-area", word.strip()));
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
		return describe(areas, Words.ENGLISH);
	}

	/** The areas as the reader calls them: {@code Umfang und Kosten}. */
	public static String describe(Set<ChangeArea> areas, Words words) {
		return areas.stream().sorted().map((area) -> words.get("impediment.area." + area.name()))
			.collect(Collectors.joining(" " + words.get("impediment.area.and") + " "));
	}

}
