package org.tracebackgraph.neo4j;

/**
 * Turns one row of a query's answer into a read model.
 *
 * @param <T> the read model
 */
@FunctionalInterface
public interface RowMapper<T> {

	T map(Row row);

}
