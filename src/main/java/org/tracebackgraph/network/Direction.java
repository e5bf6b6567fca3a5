package org.tracebackgraph.network;

/**
 * Which side of a provider its network is drawn on. Hand-overs always point in call
 * direction (upstream to downstream); the direction says which end is nearer the centre.
 */
enum Direction {

	/** The providers that hand traffic to the centre, and theirs in turn. */
	UPSTREAM,

	/** The providers the centre hands traffic to, and theirs in turn. */
	DOWNSTREAM;

	/** The end of a hand-over nearer the centre. */
	String nearEnd(HandOver handOver) {
		return (this == UPSTREAM) ? handOver.to() : handOver.from();
	}

	/** The end of a hand-over further from the centre. */
	String farEnd(HandOver handOver) {
		return (this == UPSTREAM) ? handOver.from() : handOver.to();
	}

}
