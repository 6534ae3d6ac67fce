package dev.steward.impediment;

import java.util.List;

/**
 * One page of a team's impediment log.
 *
 * @param rows the impediments on the page
 * @param total how many match in all
 * @param page which page, from 1
 * @param size how many a page holds
 */
public record ImpedimentPage(List<Impediment> rows, long total, int page, int size) {

	public ImpedimentPage {
		rows = List.copyOf(rows);
	}

	/** How many pages the matches fill; at least one, even when none match. */
	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

}
