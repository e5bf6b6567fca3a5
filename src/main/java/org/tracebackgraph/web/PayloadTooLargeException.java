package org.tracebackgraph.web;

import org.springframework.util.unit.DataSize;

/**
 * A request body larger than its cap: answered with 413 and the cap, before anything is
 * written.
 */
public class PayloadTooLargeException extends RuntimeException {

	private final DataSize limit;

	private final String hint;

	/**
	 * @param limit the cap that was exceeded
	 * @param hint what to do instead, e.g. "import big files with the command line"
	 */
	public PayloadTooLargeException(DataSize limit, String hint) {
		super("The request body is larger than " + limit);
		this.limit = limit;
		this.hint = hint;
	}

	public DataSize limit() {
		return this.limit;
	}

	public String hint() {
		return this.hint;
	}

}
