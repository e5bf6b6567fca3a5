package org.tracebackgraph.route;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.tracebackgraph.neo4j.CypherQuery;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import static org.tracebackgraph.neo4j.Values.date;
import static org.tracebackgraph.neo4j.Values.dateTime;
import static org.tracebackgraph.neo4j.Values.integer;
import static org.tracebackgraph.neo4j.Values.bool;
import static org.tracebackgraph.neo4j.Values.string;
import static org.tracebackgraph.neo4j.Values.strings;

/**
 * Reads routes. Read transactions only, so a cluster's secondaries can serve them.
 */
@Repository
@Transactional(readOnly = true)
class RouteQueries {

	private final Neo4jClient neo4j;

	private final CypherQuery routeOfTraceback = CypherQuery.load("route/route-of-traceback");

	private final CypherQuery tracebacksOfCall = CypherQuery.load("route/tracebacks-of-call");

	RouteQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Optional<Route> routeOfTraceback(String tracebackId) {
		return this.neo4j.query(this.routeOfTraceback.text())
			.bind(tracebackId)
			.to("tracebackId")
			.fetchAs(Route.class)
			.mappedBy((types, row) -> Route.of(string(row.get("tracebackId")), string(row.get("source")),
					string(row.get("status")), dateTime(row.get("notifiedAt")), date(row.get("notifiedOn")),
					string(row.get("note")), call(row), hops(row.get("hops")), List.of()))
			.one();
	}

	/**
	 * @return the route of the call's newest traceback, naming the others
	 */
	Optional<Route> routeOfCall(String callId) {
		Collection<String> tracebackIds = this.neo4j.query(this.tracebacksOfCall.text())
			.bindAll(Map.of("callId", callId))
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("tracebackId").asString())
			.all();
		List<String> ids = List.copyOf(tracebackIds);
		if (ids.isEmpty()) {
			return Optional.empty();
		}
		return routeOfTraceback(ids.getFirst()).map(route -> route.withOtherTracebacks(ids.subList(1, ids.size())));
	}

	private static Route.Call call(org.neo4j.driver.Record row) {
		if (row.get("callId").isNull()) {
			return null;
		}
		return new Route.Call(string(row.get("callId")), dateTime(row.get("startedAt")), date(row.get("startedOn")),
				string(row.get("callerId")), string(row.get("calledNumber")), string(row.get("campaign")),
				string(row.get("callAttestation")), string(row.get("recordingUrl")), strings(row.get("violations")));
	}

	private static List<Route.Hop> hops(Value hops) {
		return hops.asList(hop -> new Route.Hop(integer(hop.get("position")),
				new Route.Provider(string(hop.get("providerId")), string(hop.get("providerName")),
						string(hop.get("providerCountry")), bool(hop.get("providerForeign"))),
				string(hop.get("role")), string(hop.get("response")), dateTime(hop.get("notifiedAt")),
				date(hop.get("notifiedOn")), dateTime(hop.get("respondedAt")), date(hop.get("respondedOn")),
				string(hop.get("attestation"))));
	}

}
