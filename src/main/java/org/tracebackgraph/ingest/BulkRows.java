package org.tracebackgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tracebackgraph.neo4j.ImportFiles;

/**
 * Turns a checked file's batches into the importer's rows: the graph that
 * {@link TracebackWriter} would leave after writing the same batches into an empty store.
 * The rows come from the online path's own builders ({@link TracebackParameters}), and a
 * traceback id that comes again in a later batch is handled as the writer handles it
 * (same content: nothing; other content: its hops, hand-overs and counts replaced, while
 * providers, calls and the widest first and last seen stay as written). Only what can
 * still change is kept in memory: tracebacks and calls whose id comes again, providers,
 * provider pairs and counters.
 * <p>
 * Every node gets its store id here, one sequence for all of them ({@link NodeIds}): the
 * importer then takes the ids as they are ({@code --id-type=actual}) instead of mapping
 * and sorting millions of text ids, and a relationship names its nodes by number.
 */
final class BulkRows {

	private static final String[] COUNTERS = { "calls", "tracedCalls", "originating", "callsAsOriginating", "gateway",
			"callsAsGateway", "intermediate", "callsAsIntermediate", "terminating", "callsAsTerminating", "unknown",
			"callsAsUnknown", "hops", "tracedHops", "noResponses", "noResponses", "lateResponses", "lateResponses" };

	private final ImportFiles files;

	private final ImportFiles.File tracebacks;

	private final ImportFiles.File hops;

	private final ImportFiles.File traces;

	private final ImportFiles.File hasHop;

	private final ImportFiles.File by;

	private final ImportFiles.File receivedFrom;

	private final Calls calls;

	/** Occurrences still to come of the traceback ids that occur more than once. */
	private final Map<String, Integer> repeated;

	/** The version written last of those, to replace. */
	private final Map<String, Traceback> stored = new HashMap<>();

	private final Map<String, String> storedHashes = new HashMap<>();

	private final Map<String, Map<String, Object>> providers = new LinkedHashMap<>();

	private final Map<List<String>, Map<String, Object>> routes = new LinkedHashMap<>();

	private final BulkDayCounters days = new BulkDayCounters();

	/** Final tracebacks whose call may still be rewritten: counted by day at the end. */
	private final List<Traceback> countLater = new ArrayList<>();

	private final NodeIds nodeIds = new NodeIds();

	private final Map<String, Long> providerNodes = new HashMap<>();

	private long hopCount;

	/**
	 * @param repeatedTracebackIds how often each traceback id that occurs more than once
	 * occurs
	 * @param repeatedCallIds the call ids that occur more than once
	 */
	BulkRows(ImportFiles files, Map<String, Integer> repeatedTracebackIds, Set<String> repeatedCallIds) {
		this.files = files;
		this.repeated = new HashMap<>(repeatedTracebackIds);
		this.tracebacks = files.nodes("Traceback", ":ID", "tracebackId", "source", "notifiedAt:datetime",
				"notifiedOn:date", "status", "contentHash", "hopCount:long", "note");
		// No hopId property: the store id links a hop to its traceback and chain.
		// In the order of cypher/schema/005-hop-property-keys, which packs a hop's
		// properties into two records; role, response and lateness are labels.
		this.hops = files.nodes("Hop", ":ID", "notifiedAt:datetime", "position:long", "respondedAt:datetime",
				"attestation", "notifiedOn:date", "respondedOn:date", ":LABEL");
		this.traces = files.relationships("TRACES", ":START_ID", ":END_ID");
		this.hasHop = files.relationships("HAS_HOP", ":START_ID", ":END_ID");
		this.by = files.relationships("BY", ":START_ID", ":END_ID");
		this.receivedFrom = files.relationships("RECEIVED_FROM", ":START_ID", ":END_ID");
		this.calls = new Calls(files, repeatedCallIds, this.nodeIds);
	}

	/** One batch, as {@link TracebackWriter#write} takes it. */
	void add(List<Traceback> batch) {
		List<Traceback> toWrite = new ArrayList<>();
		List<Traceback> replaced = new ArrayList<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Traceback traceback : batch) {
			Map<String, Object> row = TracebackParameters.tracebackRow(traceback);
			String id = traceback.tracebackId();
			String hash = (String) row.get("contentHash");
			String storedHash = this.storedHashes.get(id);
			boolean last = isLastOccurrence(id);
			if (storedHash == null || !storedHash.equals(hash)) {
				if (storedHash != null) {
					replaced.add(this.stored.get(id));
				}
				toWrite.add(traceback);
				rows.add(row);
				if (!last) {
					this.stored.put(id, traceback);
					this.storedHashes.put(id, hash);
				}
			}
			if (last) {
				this.stored.remove(id);
				this.storedHashes.remove(id);
				// Unchanged: the version written before is this one, to the byte.
				writeTraceback(traceback, row);
			}
		}
		if (!replaced.isEmpty()) {
			uncount(replaced);
		}
		for (Map<String, Object> provider : TracebackParameters.providers(toWrite)) {
			this.providers.computeIfAbsent((String) provider.get("providerId"), id -> new HashMap<>()).putAll(provider);
		}
		for (Map<String, Object> route : TracebackParameters.providerRoutes(toWrite)) {
			Map<String, Object> sum = this.routes.computeIfAbsent(
					List.of((String) route.get("upstreamId"), (String) route.get("downstreamId")),
					key -> new HashMap<>(Map.of("calls", 0L)));
			add(sum, "calls", (Long) route.get("calls"));
			widen(sum, route);
		}
		for (Map<String, Object> counts : TracebackParameters.providerCounts(toWrite)) {
			Map<String, Object> provider = this.providers.get((String) counts.get("providerId"));
			for (int i = 0; i < COUNTERS.length; i += 2) {
				add(provider, COUNTERS[i + 1], (Long) counts.get(COUNTERS[i]));
			}
			widen(provider, counts);
		}
		rows.forEach(row -> this.calls.written(row));
	}

	private boolean isLastOccurrence(String id) {
		Integer left = this.repeated.get(id);
		if (left == null) {
			return true;
		}
		if (left == 1) {
			this.repeated.remove(id);
			return true;
		}
		this.repeated.put(id, left - 1);
		return false;
	}

	/**
	 * What {@code unroute-tracebacks} and {@code uncount-provider-calls} take away before
	 * a changed traceback is written again: a pair left without calls loses its
	 * relationship; first and last seen stay.
	 */
	private void uncount(List<Traceback> replaced) {
		for (Map<String, Object> route : TracebackParameters.providerRoutes(replaced)) {
			List<String> key = List.of((String) route.get("upstreamId"), (String) route.get("downstreamId"));
			Map<String, Object> sum = this.routes.get(key);
			add(sum, "calls", -(Long) route.get("calls"));
			if ((Long) sum.get("calls") <= 0) {
				this.routes.remove(key);
			}
		}
		for (Map<String, Object> counts : TracebackParameters.providerCounts(replaced)) {
			Map<String, Object> provider = this.providers.get((String) counts.get("providerId"));
			for (int i = 0; i < COUNTERS.length; i += 2) {
				add(provider, COUNTERS[i + 1], -(Long) counts.get(COUNTERS[i]));
			}
		}
	}

	private static void add(Map<String, Object> sums, String key, long value) {
		sums.merge(key, value, (a, b) -> (Long) a + (Long) b);
	}

	private static void widen(Map<String, Object> target, Map<String, Object> source) {
		LocalDate first = (LocalDate) source.get("firstSeen");
		LocalDate last = (LocalDate) source.get("lastSeen");
		if (first != null) {
			target.merge("firstSeen", first, (a, b) -> ((LocalDate) a).isBefore((LocalDate) b) ? a : b);
		}
		if (last != null) {
			target.merge("lastSeen", last, (a, b) -> ((LocalDate) a).isAfter((LocalDate) b) ? a : b);
		}
	}

	@SuppressWarnings("unchecked")
	private void writeTraceback(Traceback traceback, Map<String, Object> row) {
		String id = traceback.tracebackId();
		long node = this.nodeIds.next();
		this.tracebacks.row(node, id, row.get("source"), row.get("notifiedAt"), row.get("notifiedOn"),
				row.get("status"), row.get("contentHash"), row.get("hopCount"), row.get("note"));
		Map<String, Object> call = (Map<String, Object>) row.get("call");
		this.traces.row(node, this.calls.node((String) call.get("callId")));
		List<Long> hopIds = new ArrayList<>();
		for (Map<String, Object> hop : (List<Map<String, Object>>) row.get("hops")) {
			long hopId = this.nodeIds.next();
			hopIds.add(hopId);
			// As merge-tracebacks stores a hop: a date only where its time is not known,
			// role, response and lateness as labels.
			this.hops.row(hopId, hop.get("notifiedAt"), hop.get("position"), hop.get("respondedAt"),
					hop.get("attestation"), (hop.get("notifiedAt") == null) ? hop.get("notifiedOn") : null,
					(hop.get("respondedAt") == null) ? hop.get("respondedOn") : null, hop.get("labels"));
			this.hasHop.row(node, hopId);
			this.by.row(hopId, providerNode((String) hop.get("providerId")));
		}
		for (Map<String, Object> link : (List<Map<String, Object>>) row.get("links")) {
			this.receivedFrom.row(hopIds.get((Integer) link.get("downstream")),
					hopIds.get((Integer) link.get("upstream")));
		}
		this.hopCount += hopIds.size();
		if (this.calls.mayChange((String) call.get("callId"))) {
			this.countLater.add(traceback);
		}
		else {
			this.days.add((LocalDate) call.get("startedOn"), (String) call.get("campaign"), traceback.hops());
		}
	}

	/** Writes what the last batch may still have changed. */
	void finish() {
		this.calls.finish();
		for (Traceback traceback : this.countLater) {
			Map<String, Object> call = this.calls.last(traceback.call().callId());
			this.days.add((LocalDate) call.get("startedOn"), (String) call.get("campaign"), traceback.hops());
		}
		ImportFiles.File providerNodes = this.files.nodes("Provider", ":ID", "providerId", "name", "normalizedName",
				"country", "foreign:boolean", "tracedCalls:long", "callsAsOriginating:long", "callsAsGateway:long",
				"callsAsIntermediate:long", "callsAsTerminating:long", "callsAsUnknown:long", "tracedHops:long",
				"noResponses:long", "lateResponses:long", "firstSeen:date", "lastSeen:date");
		this.providers.forEach((id, p) -> providerNodes.row(providerNode(id), id, p.get("name"),
				p.get("normalizedName"), p.get("country"), p.get("foreign"), p.get("tracedCalls"),
				p.get("callsAsOriginating"), p.get("callsAsGateway"), p.get("callsAsIntermediate"),
				p.get("callsAsTerminating"), p.get("callsAsUnknown"), p.get("tracedHops"), p.get("noResponses"),
				p.get("lateResponses"), p.get("firstSeen"), p.get("lastSeen")));
		ImportFiles.File routesTo = this.files.relationships("ROUTES_TO", ":START_ID", ":END_ID", "calls:long",
				"firstSeen:date", "lastSeen:date");
		this.routes.forEach((key, sum) -> routesTo.row(providerNode(key.get(0)), providerNode(key.get(1)),
				sum.get("calls"), sum.get("firstSeen"), sum.get("lastSeen")));
		this.days.write(this.files, this.nodeIds);
	}

	/**
	 * A provider's store id. Only providers of written tracebacks are named, and all of
	 * them are written, so the sequence has no gaps.
	 */
	private long providerNode(String providerId) {
		return this.providerNodes.computeIfAbsent(providerId, id -> this.nodeIds.next());
	}

	long hops() {
		return this.hopCount;
	}

	/**
	 * Calls, their numbers and campaigns. A call is written by every traceback written
	 * with it, the last one winning; one whose id comes again waits for the end.
	 */
	private static final class Calls {

		private final ImportFiles.File nodes;

		private final ImportFiles.File numbers;

		private final ImportFiles.File from;

		private final ImportFiles.File to;

		private final ImportFiles.File inCampaign;

		private final ImportFiles files;

		private final Set<String> repeated;

		private final Map<String, Map<String, Object>> waiting = new LinkedHashMap<>();

		private final NodeIds nodeIds;

		private final Map<String, Long> callNodes = new HashMap<>();

		private final Map<String, Long> numberNodes = new HashMap<>();

		private final Map<String, Long> campaignNodes = new LinkedHashMap<>();

		Calls(ImportFiles files, Set<String> repeated, NodeIds nodeIds) {
			this.files = files;
			this.repeated = repeated;
			this.nodeIds = nodeIds;
			this.nodes = files.nodes("Call", ":ID", "callId", "startedAt:datetime", "startedOn:date", "attestation",
					"recordingUrl", "violations:string[]");
			this.numbers = files.nodes("PhoneNumber", ":ID", "e164", "valid:boolean", "region");
			this.from = files.relationships("FROM", ":START_ID", ":END_ID");
			this.to = files.relationships("TO", ":START_ID", ":END_ID");
			this.inCampaign = files.relationships("IN_CAMPAIGN", ":START_ID", ":END_ID");
		}

		/**
		 * A call's store id: every call a written traceback traces is written too.
		 */
		long node(String callId) {
			return this.callNodes.computeIfAbsent(callId, id -> this.nodeIds.next());
		}

		boolean mayChange(String callId) {
			return this.repeated.contains(callId);
		}

		@SuppressWarnings("unchecked")
		void written(Map<String, Object> tracebackRow) {
			Map<String, Object> call = (Map<String, Object>) tracebackRow.get("call");
			String callId = (String) call.get("callId");
			if (mayChange(callId)) {
				this.waiting.put(callId, call);
			}
			else {
				write(call);
			}
		}

		Map<String, Object> last(String callId) {
			return this.waiting.get(callId);
		}

		@SuppressWarnings("unchecked")
		private void write(Map<String, Object> call) {
			String callId = (String) call.get("callId");
			long node = node(callId);
			this.nodes.row(node, callId, call.get("startedAt"), call.get("startedOn"), call.get("attestation"),
					call.get("recordingUrl"), call.get("violations"));
			number((Map<String, Object>) call.get("callerId"), node, this.from);
			number((Map<String, Object>) call.get("calledNumber"), node, this.to);
			String campaign = (String) call.get("campaign");
			if (campaign != null) {
				this.inCampaign.row(node, this.campaignNodes.computeIfAbsent(campaign, name -> this.nodeIds.next()));
			}
		}

		private void number(Map<String, Object> number, long call, ImportFiles.File relationship) {
			if (number == null) {
				return;
			}
			String e164 = (String) number.get("e164");
			Long node = this.numberNodes.get(e164);
			if (node == null) {
				// The same text always normalises to the same number, validity and
				// region.
				node = this.nodeIds.next();
				this.numberNodes.put(e164, node);
				this.numbers.row(node, e164, number.get("valid"), number.get("region"));
			}
			relationship.row(call, node);
		}

		void finish() {
			this.waiting.values().forEach(this::write);
			ImportFiles.File campaignFile = this.files.nodes("Campaign", ":ID", "name");
			this.campaignNodes.forEach((name, node) -> campaignFile.row(node, name));
		}

	}

}
