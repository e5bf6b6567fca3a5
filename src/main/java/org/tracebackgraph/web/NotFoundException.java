package org.tracebackgraph.web;

/**
 * Something the request names does not exist: answered with 404.
 */
public class NotFoundException extends RuntimeException {

	private final String kind;

	/**
	 * @param kind what was looked for, e.g. "traceback"
	 * @param id the id it was looked for by; must not be personal data (no phone numbers)
	 */
	public NotFoundException(String kind, String id) {
		super("No " + kind + " with id '" + id + "'");
		this.kind = kind;
	}

	/** No provider with this id. */
	public static NotFoundException provider(String providerId) {
		return new NotFoundException("provider", providerId);
	}

	public String kind() {
		return this.kind;
	}

}
