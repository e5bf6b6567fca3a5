package org.tracebackgraph.web;

import java.util.List;

/**
 * A list cut at a cap, and whether the cut dropped anything: every capped list in an
 * answer says so, so that "top 20" beside a count of 21 is not read as all of them.
 *
 * @param <T> the item type
 * @param items at most the cap's number of items
 * @param truncated whether there were more
 */
public record Capped<T>(List<T> items, boolean truncated) {

	/**
	 * @param fetched the rows a query returned when asked for {@code cap + 1}
	 * @param cap the most to keep
	 */
	public static <T> Capped<T> of(List<T> fetched, int cap) {
		boolean more = fetched.size() > cap;
		return new Capped<>(List.copyOf(more ? fetched.subList(0, cap) : fetched), more);
	}

}
