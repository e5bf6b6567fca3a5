package org.tracebackgraph.web;

/**
 * A query or path parameter with a value that cannot be used: answered with 400, naming
 * the parameter. The message must not repeat the value (it may be a phone number).
 */
public class BadParameterException extends RuntimeException {

	private final String parameter;

	private final String reason;

	/**
	 * @param parameter the parameter's name, e.g. {@code depth}
	 * @param reason what is wrong with it, e.g. "must be between 1 and 6"
	 */
	public BadParameterException(String parameter, String reason) {
		super("Parameter '" + parameter + "' " + reason);
		this.parameter = parameter;
		this.reason = reason;
	}

	public String parameter() {
		return this.parameter;
	}

	public String reason() {
		return this.reason;
	}

}
