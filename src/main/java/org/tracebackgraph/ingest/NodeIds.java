package org.tracebackgraph.ingest;

/**
 * The store ids of a bulk load's nodes, 0, 1, 2, ... across every label: each id is
 * handed out for exactly one node row, so the importer's store has no holes.
 */
final class NodeIds {

	private long next;

	long next() {
		return this.next++;
	}

}
