package org.tracebackgraph.web;

import io.swagger.v3.oas.annotations.Parameter;
import org.tracebackgraph.neo4j.Parameters;

/**
 * A page of a list answer, from the {@code page} and {@code size} query parameters,
 * checked: {@code page} from 0, {@code size} from 1 to {@value #MAX_SIZE}. Controllers
 * take it as an argument (bound by {@link QueryParameterObjects}); queries take it as
 * {@code $skip} and {@code $limit}.
 *
 * @param page the page, from 0
 * @param size items per page
 */
public record Paging(@Parameter(description = "page, from 0 (default 0)") Integer page,
		@Parameter(description = "items per page, 1 to 200 (default 20)") Integer size) implements Parameters.Source {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 200;

	static final int MAX_PAGE = 1_000_000;

	public Paging {
		page = (page != null) ? page : 0;
		size = (size != null) ? size : DEFAULT_SIZE;
		if (page < 0 || page > MAX_PAGE) {
			throw new BadParameterException("page", "must be between 0 and " + MAX_PAGE);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new BadParameterException("size", "must be between 1 and " + MAX_SIZE);
		}
	}

	/** The first page of the default size. */
	public static Paging first() {
		return new Paging(0, DEFAULT_SIZE);
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

	@Override
	public void bindTo(Parameters parameters) {
		parameters.and("skip", skip()).and("limit", limit());
	}

}
