package org.tracebackgraph.neo4j;

/**
 * Neo4j ended a transaction at {@code traceback.limits.query-timeout}: answered with 503,
 * asking for a narrower question.
 */
public class QueryTimedOutException extends RuntimeException {

	QueryTimedOutException(Throwable cause) {
		super("The query ran into the configured timeout", cause);
	}

}
