package org.tracebackgraph.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphReader;
import org.tracebackgraph.neo4j.Parameters;
import org.tracebackgraph.neo4j.Row;
import org.tracebackgraph.risk.RiskInputs.HandOver;

import org.springframework.stereotype.Repository;

/**
 * Reads the inputs of a scoring run in a handful of set-oriented queries, each answering
 * per provider (never one query per provider): the counters kept at ingest, the traffic
 * pass over every traceback, originators' attestations, gateways' upstreams, letters, and
 * the provider network. The traffic pass, by far the longest, runs beside the others in
 * its own read transaction. Every query ends at {@code traceback.risk.query-timeout}.
 */
@Repository
class RiskInputQueries {

	private static final Logger log = LoggerFactory.getLogger(RiskInputQueries.class);

	private final CypherQuery providersForRisk = CypherQuery.load("queries/risk/providers-for-risk");

	private final CypherQuery newestCallDate = CypherQuery.load("queries/risk/newest-call-date");

	private final CypherQuery traffic = CypherQuery.load("queries/risk/traffic-of-providers");

	private final CypherQuery attestation = CypherQuery.load("queries/risk/attestation-of-originators");

	private final CypherQuery gateways = CypherQuery.load("queries/risk/upstreams-of-gateways");

	private final CypherQuery letters = CypherQuery.load("queries/risk/first-letters-to-providers");

	private final CypherQuery network = CypherQuery.load("queries/risk/provider-network-for-risk");

	private final GraphReader graph;

	private final Clock clock;

	RiskInputQueries(GraphReader graph, RiskProperties properties, Clock clock) {
		this.graph = graph.withTimeout(properties.queryTimeout());
		this.clock = clock;
	}

	RiskInputs read(int halfLifeDays) {
		long started = System.nanoTime();
		LocalDate reference = this.graph.one(this.newestCallDate, Parameters.none(), row -> row.date("newestCallDate"))
			.orElseGet(() -> LocalDate.now(this.clock));
		Parameters window = Parameters.of("referenceDate", reference)
			.and("yearBefore", reference.minusMonths(12))
			.and("halfLifeDays", (double) halfLifeDays);
		CompletableFuture<List<Row>> trafficRows = CompletableFuture.supplyAsync(
				() -> this.graph.list(this.traffic, window, row -> row),
				command -> Thread.ofVirtual().name("risk-traffic").start(command));
		Map<String, ProviderTally> providers = new LinkedHashMap<>();
		for (Row row : rows(this.providersForRisk)) {
			ProviderTally tally = new ProviderTally(row.string("providerId"), row.string("name"), row.string("country"),
					row.bool("foreign"));
			tally.tracedCalls = row.longValue("tracedCalls");
			tally.originating = row.longValue("originating");
			tally.gateway = row.longValue("gateway");
			tally.intermediate = row.longValue("intermediate");
			tally.terminating = row.longValue("terminating");
			tally.unknown = row.longValue("unknown");
			tally.registryFlags = row.strings("registryFlags");
			providers.put(tally.providerId, tally);
		}
		each(providers, rows(this.attestation), (tally, row) -> {
			tally.originatedAttested = row.longValue("attested");
			tally.originatedWeak = row.longValue("weak");
			tally.aAttestedSpoofed = row.longValue("aAttestedSpoofed");
		});
		each(providers, rows(this.gateways), (tally, row) -> {
			tally.gatewayUpstreamKnown = row.longValue("upstreamKnown");
			tally.gatewayUpstreamForeign = row.longValue("upstreamForeign");
		});
		each(providers, rows(this.letters), (tally, row) -> {
			tally.firstLetterOn = row.date("firstLetterOn");
			tally.letters = row.longValue("letters");
			tally.letterDatedCalls = row.longValue("datedCalls");
			tally.callsAfterLetter = row.longValue("callsAfter");
		});
		List<HandOver> handOvers = this.graph.list(this.network, Parameters.none(),
				row -> new HandOver(row.string("upstreamId"), row.string("downstreamId"), row.longValue("calls")));
		each(providers, join(trafficRows), (tally, row) -> {
			tally.hops = row.longValue("hops");
			tally.badAnswers = row.longValue("badAnswers");
			tally.campaigns = row.longValue("campaigns");
			tally.datedCalls = row.longValue("datedCalls");
			tally.recencySum = row.doubleValue("recencySum");
			tally.recentOriginOrGateway = row.longValue("recentOriginOrGateway");
		});
		log.info("Risk inputs read: {} providers, {} hand-overs, as of {}, in {} ms", providers.size(),
				handOvers.size(), reference, (System.nanoTime() - started) / 1_000_000);
		return new RiskInputs(reference, providers, List.copyOf(handOvers));
	}

	private List<Row> rows(CypherQuery query) {
		return this.graph.list(query, Parameters.none(), row -> row);
	}

	private static void each(Map<String, ProviderTally> providers, List<Row> rows,
			BiConsumer<ProviderTally, Row> apply) {
		for (Row row : rows) {
			ProviderTally tally = providers.get(row.string("providerId"));
			if (tally != null) {
				apply.accept(tally, row);
			}
		}
	}

	private static <T> T join(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

}
