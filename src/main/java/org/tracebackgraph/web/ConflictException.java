package org.tracebackgraph.web;

/**
 * The request cannot be done now because of the state of something else (a report already
 * running, a link already decided): answered with 409.
 */
public class ConflictException extends RuntimeException {

	private final String type;

	private final String title;

	/**
	 * @param type the last part of the problem's type URL, e.g. {@code report-running}
	 * @param title a short, fixed summary
	 * @param detail this occurrence, and what to do
	 */
	public ConflictException(String type, String title, String detail) {
		super(detail);
		this.type = type;
		this.title = title;
	}

	public String type() {
		return this.type;
	}

	public String title() {
		return this.title;
	}

}
