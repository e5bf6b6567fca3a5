package org.tracebackgraph.model;

/**
 * What a provider was on one call's route, as the traceback found it.
 */
public enum HopRole {

	/** Delivered the call to the called person. Position 0. */
	TERMINATING,
	/** Took the call from one provider and handed it to another. */
	INTERMEDIATE,
	/** Point of entry of foreign traffic into US networks. */
	GATEWAY,
	/** Put the call on the network for its caller. */
	ORIGINATING,
	/** Known to have carried the call, in an unknown capacity (e.g. a letter's chart). */
	UNKNOWN

}
