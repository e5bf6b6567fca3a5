package org.tracebackgraph.neo4j;

import java.time.Duration;
import java.util.function.Function;

/**
 * The one way the app writes the graph: units of work in write transactions that commit
 * whole or not at all, retried on transient failures (deadlocks, leader switches) as
 * Neo4j recommends, and ended at the query timeout.
 */
public final class GraphWriter {

	private final GraphBackend backend;

	private final Duration timeout;

	GraphWriter(GraphBackend backend, Duration timeout) {
		this.backend = backend;
		this.timeout = timeout;
	}

	public <T> T write(Function<WriteTx, T> work) {
		return this.backend.write(work, this.timeout);
	}

	/** Runs one write query in its own transaction. */
	public void run(CypherQuery query, Parameters parameters) {
		write(tx -> {
			tx.run(query, parameters);
			return null;
		});
	}

}
