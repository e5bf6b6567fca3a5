package org.tracebackgraph.neo4j;

import java.util.List;
import java.util.Optional;

/**
 * Queries run in one read transaction: they see one state of the graph.
 */
public interface ReadTx {

	/**
	 * @return every row, mapped
	 */
	<T> List<T> list(CypherQuery query, Parameters parameters, RowMapper<T> mapper);

	/**
	 * @return the only row, mapped, or empty when there is none
	 * @throws IllegalStateException when the query returns more than one row
	 */
	default <T> Optional<T> one(CypherQuery query, Parameters parameters, RowMapper<T> mapper) {
		List<T> rows = list(query, parameters, mapper);
		if (rows.size() > 1) {
			throw new IllegalStateException("cypher/" + query.name() + " returned " + rows.size() + " rows, not one");
		}
		return rows.stream().findFirst();
	}

	/** Runs a query whose one row has the boolean column {@code exists}. */
	default boolean exists(CypherQuery query, Parameters parameters) {
		return one(query, parameters, row -> row.bool("exists")).orElse(false);
	}

}
