package org.tracebackgraph.web;

import java.util.List;

/**
 * A request whose content breaks the rules: answered with 422 (or 400 when its structure
 * is unreadable), listing the errors. Nothing of the request has been written.
 */
public class InvalidInputException extends RuntimeException {

	private final List<InputError> errors;

	private final long totalErrors;

	private final boolean malformed;

	/**
	 * @param summary one sentence for the problem's detail
	 * @param errors the errors found, up to a cap
	 * @param totalErrors how many errors there were in all
	 * @param malformed whether the input could not even be read (400) rather than being
	 * readable but wrong (422)
	 */
	public InvalidInputException(String summary, List<InputError> errors, long totalErrors, boolean malformed) {
		super(summary);
		this.errors = List.copyOf(errors);
		this.totalErrors = totalErrors;
		this.malformed = malformed;
	}

	public static InvalidInputException malformed(String summary, InputError error) {
		return new InvalidInputException(summary, List.of(error), 1, true);
	}

	public List<InputError> errors() {
		return this.errors;
	}

	public long totalErrors() {
		return this.totalErrors;
	}

	public boolean malformed() {
		return this.malformed;
	}

}
