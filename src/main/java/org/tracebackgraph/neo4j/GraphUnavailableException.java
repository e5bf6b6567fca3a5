package org.tracebackgraph.neo4j;

/**
 * The database cannot be reached (stopped, restarting, network gone): answered with 503
 * and a hint to retry, never as a fault of the request.
 */
public class GraphUnavailableException extends RuntimeException {

	GraphUnavailableException(Throwable cause) {
		super("The graph database is unavailable", cause);
	}

}
