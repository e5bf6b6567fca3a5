package org.tracebackgraph.model;

/**
 * How a provider answered the traceback request sent to it.
 */
public enum HopResponse {

	/** Named the provider it received the call from. */
	NAMED_UPSTREAM,
	/** Said the call started with its own customer. */
	IS_ORIGIN,
	/** Answered, but could not find the call in its records. */
	NOT_FOUND,
	/** Did not answer. */
	NO_RESPONSE

}
