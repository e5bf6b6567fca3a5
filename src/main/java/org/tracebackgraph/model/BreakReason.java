package org.tracebackgraph.model;

/**
 * Why a traceback's chain of hops does not reach the originating provider.
 */
public enum BreakReason {

	/** The furthest provider did not answer the traceback request. */
	NO_RESPONSE,
	/** The furthest provider answered but could not find the call. */
	NOT_FOUND,
	/** The furthest provider is foreign, or a gateway named a foreign upstream. */
	FOREIGN_ORIGIN,
	/** The furthest provider named an upstream that was not traced further. */
	UPSTREAM_NOT_TRACED,
	/** Positions are missing between two known hops (or before the first one). */
	POSITION_GAP,
	/** A provider is known to have carried the call, but not at which hop. */
	POSITION_UNKNOWN,
	/** The traceback names no provider at all. */
	NO_HOPS

}
