package org.tracebackgraph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphWriter;

import org.springframework.stereotype.Component;

/**
 * Writes a batch of validated tracebacks in one transaction: new ones are created,
 * changed ones have their hops, their share of the provider network and their share of
 * the providers' counters replaced, and unchanged ones (same content hash) are left
 * alone, so re-importing changes nothing.
 */
@Component
class TracebackWriter {

	private final GraphWriter graph;

	private final CypherQuery findHashes = CypherQuery.load("ingest/find-traceback-hashes");

	private final CypherQuery unrouteTracebacks = CypherQuery.load("ingest/unroute-tracebacks");

	private final CypherQuery deleteTracebackHops = CypherQuery.load("ingest/delete-traceback-hops");

	private final CypherQuery mergeProviders = CypherQuery.load("ingest/merge-providers");

	private final CypherQuery mergeTracebacks = CypherQuery.load("ingest/merge-tracebacks");

	private final CypherQuery mergeProviderRoutes = CypherQuery.load("ingest/merge-provider-routes");

	private final CypherQuery uncountProviderCalls = CypherQuery.load("ingest/uncount-provider-calls");

	private final CypherQuery countProviderCalls = CypherQuery.load("ingest/count-provider-calls");

	TracebackWriter(GraphWriter graph) {
		this.graph = graph;
	}

	WriteCounts write(Collection<Traceback> batch) {
		// A traceback sent twice in one batch counts as sent twice in a row: the last
		// wins.
		Map<String, Traceback> byId = new LinkedHashMap<>();
		batch.forEach(traceback -> byId.put(traceback.tracebackId(), traceback));
		if (byId.isEmpty()) {
			return WriteCounts.NONE;
		}
		Map<String, String> hashes = new HashMap<>();
		byId.forEach((id, traceback) -> hashes.put(id, TracebackParameters.contentHash(traceback)));
		return this.graph.write(tx -> writeInTransaction(tx, byId, hashes));
	}

	private WriteCounts writeInTransaction(TransactionContext tx, Map<String, Traceback> byId,
			Map<String, String> hashes) {
		Map<String, String> stored = new HashMap<>();
		tx.run(this.findHashes.text(), Map.of("tracebackIds", List.copyOf(byId.keySet())))
			.forEachRemaining(
					row -> stored.put(row.get("tracebackId").asString(), row.get("contentHash").asString(null)));
		List<String> changed = new ArrayList<>();
		List<Traceback> toWrite = new ArrayList<>();
		long unchanged = 0;
		for (Traceback traceback : byId.values()) {
			String id = traceback.tracebackId();
			if (!stored.containsKey(id)) {
				toWrite.add(traceback);
			}
			else if (hashes.get(id).equals(stored.get(id))) {
				unchanged++;
			}
			else {
				changed.add(id);
				toWrite.add(traceback);
			}
		}
		if (!changed.isEmpty()) {
			tx.run(this.unrouteTracebacks.text(), Map.of("tracebackIds", changed)).consume();
			tx.run(this.uncountProviderCalls.text(), Map.of("tracebackIds", changed)).consume();
			tx.run(this.deleteTracebackHops.text(), Map.of("tracebackIds", changed)).consume();
		}
		long hops = 0;
		if (!toWrite.isEmpty()) {
			List<Map<String, Object>> rows = new ArrayList<>(toWrite.size());
			for (Traceback traceback : toWrite) {
				rows.add(TracebackParameters.tracebackRow(traceback, hashes.get(traceback.tracebackId())));
				hops += traceback.hops().size();
			}
			tx.run(this.mergeProviders.text(), Map.of("providers", TracebackParameters.providers(toWrite))).consume();
			tx.run(this.mergeTracebacks.text(), Map.of("tracebacks", rows)).consume();
			List<Map<String, Object>> routes = TracebackParameters.providerRoutes(toWrite);
			if (!routes.isEmpty()) {
				tx.run(this.mergeProviderRoutes.text(), Map.of("routes", routes)).consume();
			}
			tx.run(this.countProviderCalls.text(), Map.of("providers", TracebackParameters.providerCounts(toWrite)))
				.consume();
		}
		return new WriteCounts(toWrite.size() - changed.size(), changed.size(), unchanged, hops);
	}

}
