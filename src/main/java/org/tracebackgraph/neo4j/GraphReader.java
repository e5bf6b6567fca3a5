package org.tracebackgraph.neo4j;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one way the app reads the graph: queries from {@code cypher/} files, run in read
 * transactions (retried on transient failures, ended at the query timeout), their rows
 * mapped by {@link Row}, which fails on a column the query does not return.
 */
public final class GraphReader {

	private final GraphBackend backend;

	private final Duration timeout;

	GraphReader(GraphBackend backend, Duration timeout) {
		this.backend = backend;
		this.timeout = timeout;
	}

	/**
	 * The same reader with another timeout, for work no client waits for (a scheduled
	 * report's full pass over the graph); it is still ended, never left to run forever.
	 */
	public GraphReader withTimeout(Duration timeout) {
		return new GraphReader(this.backend, timeout);
	}

	/**
	 * @return every row of the query, mapped
	 */
	public <T> List<T> list(CypherQuery query, Parameters parameters, RowMapper<T> mapper) {
		return this.backend.read(tx -> tx.list(query, parameters, mapper), this.timeout);
	}

	/**
	 * @return the only row, mapped, or empty
	 * @throws IllegalStateException when the query returns more than one row
	 */
	public <T> Optional<T> one(CypherQuery query, Parameters parameters, RowMapper<T> mapper) {
		return this.backend.read(tx -> tx.one(query, parameters, mapper), this.timeout);
	}

	/** Runs a query whose one row has the boolean column {@code exists}. */
	public boolean exists(CypherQuery query, Parameters parameters) {
		return this.backend.read(tx -> tx.exists(query, parameters), this.timeout);
	}

	/**
	 * Several queries in one read transaction, so that they see the same state of the
	 * graph (a report made of several parts).
	 */
	public <T> T read(Function<ReadTx, T> work) {
		return this.backend.read(work, this.timeout);
	}

}
