package org.tracebackgraph.route;

import java.util.Optional;

import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphReader;
import org.tracebackgraph.neo4j.Parameters;

import org.springframework.stereotype.Repository;

/**
 * Reads routes, one query per lookup.
 */
@Repository
class RouteQueries {

	private final GraphReader graph;

	private final CypherQuery route = CypherQuery.load("route/route-of-call-or-traceback");

	RouteQueries(GraphReader graph) {
		this.graph = graph;
	}

	Optional<Route> routeOfTraceback(String tracebackId) {
		return this.graph.one(this.route, Parameters.of("tracebackId", tracebackId).and("callId", null), Route::of);
	}

	/**
	 * @return the route of the call's newest traceback, naming the others
	 */
	Optional<Route> routeOfCall(String callId) {
		return this.graph.one(this.route, Parameters.of("tracebackId", null).and("callId", callId), Route::of);
	}

}
