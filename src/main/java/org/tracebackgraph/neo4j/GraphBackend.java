package org.tracebackgraph.neo4j;

import java.time.Duration;
import java.util.function.Function;

/**
 * How transactions reach the database: in-process when the app runs its own embedded
 * Neo4j, through the driver for an external server. Both run the same Cypher files with
 * the same parameters and give the same rows, retry transient failures (deadlocks, leader
 * switches) and end transactions at the query timeout, so that nothing above the kernel
 * knows which one runs.
 */
interface GraphBackend {

	/**
	 * @param timeout when Neo4j ends the transaction
	 */
	<T> T read(Function<ReadTx, T> work, Duration timeout);

	/**
	 * @param timeout when Neo4j ends the transaction; {@code null} for none (schema
	 * changes at start, where populating an index may take minutes and no client waits)
	 */
	<T> T write(Function<WriteTx, T> work, Duration timeout);

	/** Which backend this is, for the log. */
	String describe();

}
