package org.tracebackgraph.web;

/**
 * A page of a list answer, checked: {@code page} from 0, {@code size} from 1 to a
 * maximum.
 *
 * @param page the page, from 0
 * @param size items per page
 */
public record Paging(int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 200;

	/**
	 * @param page the {@code page} parameter, or {@code null} for the first page
	 * @param size the {@code size} parameter, or {@code null} for the default
	 * @return the paging
	 * @throws BadParameterException naming the parameter that is out of range
	 */
	public static Paging of(Integer page, Integer size) {
		int p = (page != null) ? page : 0;
		int s = (size != null) ? size : DEFAULT_SIZE;
		if (p < 0 || p > 1_000_000) {
			throw new BadParameterException("page", "must be between 0 and 1000000");
		}
		if (s < 1 || s > MAX_SIZE) {
			throw new BadParameterException("size", "must be between 1 and " + MAX_SIZE);
		}
		return new Paging(p, s);
	}

	/** Rows to skip in the query. */
	public long skip() {
		return (long) this.page * this.size;
	}

	/**
	 * Rows to fetch: one more than the page holds, to know whether another page follows.
	 */
	public int limit() {
		return this.size + 1;
	}

}
