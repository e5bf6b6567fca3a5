package org.tracebackgraph.web;

import java.util.List;

/**
 * The one shape of every list answer: the items of this page and whether more follow
 * (counting every match would cost a full scan on a large graph).
 *
 * @param <T> the item type
 * @param items the items of this page
 * @param page the page, from 0
 * @param size the page size asked for
 * @param hasMore whether a next page exists
 */
public record Page<T>(List<T> items, int page, int size, boolean hasMore) implements Counted {

	@Override
	public long resultCount() {
		return this.items.size();
	}

	/**
	 * @param fetched up to {@link Paging#limit()} rows, as the query returned them
	 * @param paging the paging the query used
	 * @return the page
	 */
	public static <T> Page<T> of(List<T> fetched, Paging paging) {
		boolean more = fetched.size() > paging.size();
		return new Page<>(List.copyOf(more ? fetched.subList(0, paging.size()) : fetched), paging.page(), paging.size(),
				more);
	}

}
