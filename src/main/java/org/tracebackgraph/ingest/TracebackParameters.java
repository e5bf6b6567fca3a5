package org.tracebackgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tracebackgraph.ingest.Traceback.Moment;
import org.tracebackgraph.model.HopResponse;
import org.tracebackgraph.model.HopRole;
import org.tracebackgraph.phone.PhoneNumbers;

/**
 * Turns validated tracebacks into the parameters of the ingest queries: one row per
 * traceback for {@code merge-tracebacks}, and the batch's sums per provider pair
 * ({@code ROUTES_TO}) and per provider (ranking counters), so each relationship and
 * provider is written once per batch.
 */
final class TracebackParameters {

	private TracebackParameters() {
	}

	/**
	 * The row {@code merge-tracebacks} writes, with its {@link ContentHash} in
	 * {@code contentHash} (computed over everything else in it).
	 */
	static Map<String, Object> tracebackRow(Traceback traceback) {
		Map<String, Object> row = new HashMap<>();
		row.put("tracebackId", traceback.tracebackId());
		row.put("source", traceback.source());
		putMoment(row, "notified", traceback.notified());
		row.put("status", traceback.status().name());
		row.put("hopCount", traceback.hops().size());
		row.put("note", traceback.note());
		row.put("call", callRow(traceback.call()));
		List<Map<String, Object>> hops = new ArrayList<>();
		for (int i = 0; i < traceback.hops().size(); i++) {
			hops.add(hopRow(traceback.tracebackId(), i, traceback.hops().get(i)));
		}
		row.put("hops", hops);
		List<Map<String, Object>> links = new ArrayList<>();
		for (HopPair pair : adjacentHops(traceback)) {
			// Indexes into "hops": the query links the hops it has just created, without
			// looking them up.
			links.add(Map.of("downstream", traceback.hops().indexOf(pair.downstream()), "upstream",
					traceback.hops().indexOf(pair.upstream())));
		}
		row.put("links", links);
		row.put("contentHash", ContentHash.of(row));
		// Hops are no longer stored with an id (a hop is its traceback's at its place),
		// but the id stays in what is hashed: tracebacks stored before keep their hash,
		// so re-importing them still changes nothing.
		hops.forEach(hop -> hop.remove("hopId"));
		return row;
	}

	private static Map<String, Object> callRow(Traceback.Call call) {
		Map<String, Object> row = new HashMap<>();
		row.put("callId", call.callId());
		putMoment(row, "started", call.started());
		row.put("callerId", numberRow(call.callerId()));
		row.put("calledNumber", numberRow(call.calledNumber()));
		row.put("campaign", call.campaign());
		row.put("attestation", (call.attestation() != null) ? call.attestation().name() : null);
		row.put("recordingUrl", call.recordingUrl());
		row.put("violations", call.violations());
		return row;
	}

	private static Map<String, Object> numberRow(PhoneNumbers.Normalized number) {
		if (number == null) {
			return null;
		}
		Map<String, Object> row = new HashMap<>();
		row.put("e164", number.e164());
		row.put("valid", number.valid());
		row.put("region", number.region());
		return row;
	}

	private static Map<String, Object> hopRow(String tracebackId, int index, Traceback.Hop hop) {
		Map<String, Object> row = new HashMap<>();
		row.put("hopId", hopId(tracebackId, hop, index));
		row.put("position", hop.position());
		row.put("labels", HopLabels.of(hop.role(), hop.response(), hop.late()));
		putMoment(row, "notified", hop.notified());
		putMoment(row, "responded", hop.responded());
		row.put("attestation", (hop.attestation() != null) ? hop.attestation().name() : null);
		row.put("providerId", hop.provider().id());
		return row;
	}

	private static String hopId(String tracebackId, Traceback.Hop hop, int index) {
		return tracebackId + "#" + ((hop.position() != null) ? hop.position().toString() : "u" + index);
	}

	private static void putMoment(Map<String, Object> row, String prefix, Moment moment) {
		row.put(prefix + "At", (moment != null) ? moment.at() : null);
		row.put(prefix + "On", (moment != null) ? moment.on() : null);
	}

	private record HopPair(Traceback.Hop upstream, Traceback.Hop downstream) {

	}

	/** Hops at consecutive positions: the only pairs whose hand-over is known. */
	private static List<HopPair> adjacentHops(Traceback traceback) {
		List<Traceback.Hop> placed = traceback.hops()
			.stream()
			.filter(hop -> hop.position() != null)
			.sorted(Comparator.comparing(Traceback.Hop::position))
			.toList();
		List<HopPair> pairs = new ArrayList<>();
		for (int i = 0; i + 1 < placed.size(); i++) {
			if (placed.get(i + 1).position() == placed.get(i).position() + 1) {
				pairs.add(new HopPair(placed.get(i + 1), placed.get(i)));
			}
		}
		return pairs;
	}

	/**
	 * The batch's providers, one row each for {@code merge-providers}: for every property
	 * the last value the batch gives wins, as if each hop had set it in turn.
	 */
	static List<Map<String, Object>> providers(List<Traceback> tracebacks) {
		Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
		for (Traceback traceback : tracebacks) {
			for (Traceback.Hop hop : traceback.hops()) {
				Map<String, Object> row = byId.computeIfAbsent(hop.provider().id(), (id) -> {
					Map<String, Object> fresh = new HashMap<>();
					fresh.put("providerId", id);
					return fresh;
				});
				putIfGiven(row, "name", hop.provider().name());
				putIfGiven(row, "normalizedName", hop.provider().normalizedName());
				putIfGiven(row, "country", hop.provider().country());
				putIfGiven(row, "foreign", (hop.provider().country() != null) ? hop.provider().foreign() : null);
			}
		}
		return List.copyOf(byId.values());
	}

	private static void putIfGiven(Map<String, Object> row, String key, Object value) {
		if (value != null) {
			row.put(key, value);
		}
	}

	/**
	 * Adds up the batch's hand-overs per provider pair, so each ROUTES_TO relationship is
	 * touched once per batch.
	 */
	static List<Map<String, Object>> providerRoutes(List<Traceback> tracebacks) {
		record Key(String upstreamId, String downstreamId) {
		}
		Map<Key, RouteTotals> totals = new LinkedHashMap<>();
		for (Traceback traceback : tracebacks) {
			LocalDate day = (traceback.call().started() != null) ? traceback.call().started().on() : null;
			for (HopPair pair : adjacentHops(traceback)) {
				Key key = new Key(pair.upstream().provider().id(), pair.downstream().provider().id());
				if (!key.upstreamId().equals(key.downstreamId())) {
					totals.computeIfAbsent(key, k -> new RouteTotals()).add(day);
				}
			}
		}
		List<Map<String, Object>> rows = new ArrayList<>(totals.size());
		totals.forEach((key, total) -> {
			Map<String, Object> row = new HashMap<>();
			row.put("upstreamId", key.upstreamId());
			row.put("downstreamId", key.downstreamId());
			row.put("calls", total.calls);
			row.put("firstSeen", total.first);
			row.put("lastSeen", total.last);
			rows.add(row);
		});
		return rows;
	}

	/**
	 * Adds up the batch's traced calls per provider, so each provider's counters are
	 * written once per batch: a traceback counts once per provider (and once per role the
	 * provider had in it), whatever the number of its hops.
	 */
	static List<Map<String, Object>> providerCounts(List<Traceback> tracebacks) {
		Map<String, ProviderTotals> totals = new LinkedHashMap<>();
		for (Traceback traceback : tracebacks) {
			LocalDate day = (traceback.call().started() != null) ? traceback.call().started().on() : null;
			Map<String, List<Traceback.Hop>> byProvider = new LinkedHashMap<>();
			traceback.hops()
				.forEach(hop -> byProvider.computeIfAbsent(hop.provider().id(), id -> new ArrayList<>()).add(hop));
			byProvider.forEach((id, hops) -> totals.computeIfAbsent(id, key -> new ProviderTotals()).add(hops, day));
		}
		List<Map<String, Object>> rows = new ArrayList<>(totals.size());
		totals.forEach((id, total) -> {
			Map<String, Object> row = new HashMap<>();
			row.put("providerId", id);
			row.put("calls", total.calls);
			row.put("originating", total.byRole.getOrDefault(HopRole.ORIGINATING, 0L));
			row.put("gateway", total.byRole.getOrDefault(HopRole.GATEWAY, 0L));
			row.put("intermediate", total.byRole.getOrDefault(HopRole.INTERMEDIATE, 0L));
			row.put("terminating", total.byRole.getOrDefault(HopRole.TERMINATING, 0L));
			row.put("unknown", total.byRole.getOrDefault(HopRole.UNKNOWN, 0L));
			row.put("hops", total.hops);
			row.put("noResponses", total.noResponses);
			row.put("lateResponses", total.lateResponses);
			row.put("firstSeen", total.first);
			row.put("lastSeen", total.last);
			rows.add(row);
		});
		return rows;
	}

	private static final class ProviderTotals {

		private long calls;

		private final Map<HopRole, Long> byRole = new EnumMap<>(HopRole.class);

		private long hops;

		private long noResponses;

		private long lateResponses;

		private LocalDate first;

		private LocalDate last;

		void add(List<Traceback.Hop> hopsInOneTraceback, LocalDate day) {
			this.calls++;
			hopsInOneTraceback.stream()
				.map(Traceback.Hop::role)
				.distinct()
				.forEach(role -> this.byRole.merge(role, 1L, Long::sum));
			this.hops += hopsInOneTraceback.size();
			this.noResponses += hopsInOneTraceback.stream()
				.filter(hop -> hop.response() == HopResponse.NO_RESPONSE)
				.count();
			this.lateResponses += hopsInOneTraceback.stream().filter(Traceback.Hop::late).count();
			if (day != null) {
				this.first = (this.first == null || day.isBefore(this.first)) ? day : this.first;
				this.last = (this.last == null || day.isAfter(this.last)) ? day : this.last;
			}
		}

	}

	private static final class RouteTotals {

		private long calls;

		private LocalDate first;

		private LocalDate last;

		void add(LocalDate day) {
			this.calls++;
			if (day != null) {
				this.first = (this.first == null || day.isBefore(this.first)) ? day : this.first;
				this.last = (this.last == null || day.isAfter(this.last)) ? day : this.last;
			}
		}

	}

}
