package org.tracebackgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphWriter;
import org.tracebackgraph.neo4j.Parameters;
import org.tracebackgraph.neo4j.WriteTx;

import org.springframework.stereotype.Component;

/**
 * Writes a batch of validated tracebacks in one transaction: new ones are created,
 * changed ones have their hops, their share of the provider network and their share of
 * the providers' counters replaced, and unchanged ones (same content hash) are left
 * alone, so re-importing changes nothing. The day, month and campaign counters follow
 * every traceback written and every stored one whose call the batch rewrites.
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

	private final DayCounters dayCounters;

	TracebackWriter(GraphWriter graph, DayCounters dayCounters) {
		this.graph = graph;
		this.dayCounters = dayCounters;
	}

	WriteCounts write(Collection<Traceback> batch) {
		return write(batch, null);
	}

	/**
	 * @param deferred where the batch's counter changes go once it has committed, to be
	 * written later; {@code null} writes them in the batch's transaction
	 */
	WriteCounts write(Collection<Traceback> batch, DeferredDayCounts deferred) {
		// A traceback sent twice in one batch counts as sent twice in a row: the last
		// wins.
		Map<String, Traceback> byId = new LinkedHashMap<>();
		batch.forEach(traceback -> byId.put(traceback.tracebackId(), traceback));
		if (byId.isEmpty()) {
			return WriteCounts.NONE;
		}
		Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
		byId.forEach((id, traceback) -> rows.put(id, TracebackParameters.tracebackRow(traceback)));
		Written written = this.graph.write(tx -> writeInTransaction(tx, byId, rows, deferred != null));
		if (deferred != null) {
			deferred.add(written.counterChange());
		}
		return written.counts();
	}

	/**
	 * Starts holding counter changes for {@link #write(Collection, DeferredDayCounts)}.
	 */
	DeferredDayCounts deferCounters(int most) {
		return this.dayCounters.defer(most);
	}

	private Written writeInTransaction(WriteTx tx, Map<String, Traceback> byId,
			Map<String, Map<String, Object>> rowsById, boolean deferCounters) {
		Map<String, String> stored = new HashMap<>();
		tx.list(this.findHashes, Parameters.of("tracebackIds", List.copyOf(byId.keySet())), row -> row)
			.forEach(row -> stored.put(row.string("tracebackId"), row.string("contentHash")));
		List<String> changed = new ArrayList<>();
		List<Traceback> toWrite = new ArrayList<>();
		long unchanged = 0;
		for (Traceback traceback : byId.values()) {
			String id = traceback.tracebackId();
			if (!stored.containsKey(id)) {
				toWrite.add(traceback);
			}
			else if (rowsById.get(id).get("contentHash").equals(stored.get(id))) {
				unchanged++;
			}
			else {
				changed.add(id);
				toWrite.add(traceback);
			}
		}
		if (toWrite.isEmpty()) {
			return new Written(new WriteCounts(0, 0, unchanged, 0), new DayCounts());
		}
		this.dayCounters.markIfEmpty(tx);
		List<String> written = toWrite.stream().map(Traceback::tracebackId).toList();
		List<String> sharing = this.dayCounters.sharingCalls(tx,
				toWrite.stream().map((traceback) -> traceback.call().callId()).distinct().toList(), written);
		List<String> recounted = new ArrayList<>(changed);
		recounted.addAll(sharing);
		DayCounts counted = this.dayCounters.start(tx, recounted);
		if (!changed.isEmpty()) {
			Parameters replaced = Parameters.of("tracebackIds", changed);
			tx.run(this.unrouteTracebacks, replaced);
			tx.run(this.uncountProviderCalls, replaced);
			tx.run(this.deleteTracebackHops, replaced);
		}
		long hops = 0;
		List<Map<String, Object>> rows = new ArrayList<>(toWrite.size());
		for (Traceback traceback : toWrite) {
			rows.add(rowsById.get(traceback.tracebackId()));
			hops += traceback.hops().size();
		}
		tx.run(this.mergeProviders, Parameters.of("providers", TracebackParameters.providers(toWrite)));
		tx.run(this.mergeTracebacks, Parameters.of("tracebacks", rows));
		List<Map<String, Object>> routes = TracebackParameters.providerRoutes(toWrite);
		if (!routes.isEmpty()) {
			tx.run(this.mergeProviderRoutes, Parameters.of("routes", routes));
		}
		tx.run(this.countProviderCalls, Parameters.of("providers", TracebackParameters.providerCounts(toWrite)));
		countWritten(toWrite, rows, counted);
		// Only the stored tracebacks that share a written call are read back.
		if (deferCounters) {
			this.dayCounters.count(tx, counted, sharing);
		}
		else {
			this.dayCounters.finish(tx, counted, sharing);
		}
		return new Written(new WriteCounts(toWrite.size() - changed.size(), changed.size(), unchanged, hops), counted);
	}

	/**
	 * Adds the written tracebacks as merge-tracebacks leaves them: each row rewrites its
	 * call's date and campaign, so a call written twice ends as its last row says.
	 */
	@SuppressWarnings("unchecked")
	private static void countWritten(List<Traceback> toWrite, List<Map<String, Object>> rows, DayCounts counted) {
		Map<String, Map<String, Object>> calls = new HashMap<>();
		rows.forEach((row) -> {
			Map<String, Object> call = (Map<String, Object>) row.get("call");
			calls.put((String) call.get("callId"), call);
		});
		for (Traceback traceback : toWrite) {
			Map<String, Object> call = calls.get(traceback.call().callId());
			counted.add(traceback, (LocalDate) call.get("startedOn"), (String) call.get("campaign"));
		}
	}

	/**
	 * What a batch's transaction wrote, and the counter change it left to write later.
	 */
	private record Written(WriteCounts counts, DayCounts counterChange) {
	}

}
