package org.tracebackgraph.web;

import java.util.Map;

/**
 * A long operation the client waited for ran and failed (it has been logged and cleaned
 * up): answered with 500 and what the client needs to follow up, never the cause's
 * message.
 */
public class OperationFailedException extends RuntimeException {

	private final String type;

	private final String title;

	private final Map<String, Object> properties;

	/**
	 * @param type the last part of the problem's type URL, e.g. {@code report-failed}
	 * @param title a short, fixed summary
	 * @param detail this occurrence
	 * @param properties extra members of the problem, e.g. the id of what failed
	 */
	public OperationFailedException(String type, String title, String detail, Map<String, Object> properties) {
		super(detail);
		this.type = type;
		this.title = title;
		this.properties = Map.copyOf(properties);
	}

	public String type() {
		return this.type;
	}

	public String title() {
		return this.title;
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

}
