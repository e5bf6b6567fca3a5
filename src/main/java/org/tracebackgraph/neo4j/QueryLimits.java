package org.tracebackgraph.neo4j;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on what one query may cost.
 *
 * @param queryTimeout every transaction, read or write, is ended by Neo4j after this
 * long, so that one heavy query cannot hang the server (the client gets a 503 problem
 * detail); whole seconds, at least 1
 */
@ConfigurationProperties("traceback.limits")
public record QueryLimits(@DefaultValue("30s") Duration queryTimeout) {

	public QueryLimits {
		if (queryTimeout.toSeconds() < 1) {
			throw new IllegalArgumentException("traceback.limits.query-timeout must be at least 1s");
		}
	}

}
