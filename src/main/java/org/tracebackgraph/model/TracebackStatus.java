package org.tracebackgraph.model;

/**
 * How far a traceback got, derived from its hops.
 */
public enum TracebackStatus {

	/** Every hop from the terminating provider to the origin is known. */
	COMPLETE,
	/** The chain stops at a provider that did not answer. */
	NON_RESPONSIVE,
	/** The chain stops at a foreign provider or at a gateway's foreign upstream. */
	FOREIGN_ORIGIN,
	/** The chain is broken for another reason (gaps, unknown positions, not found). */
	PARTIAL

}
