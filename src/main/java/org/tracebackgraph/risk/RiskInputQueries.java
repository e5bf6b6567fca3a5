package org.tracebackgraph.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.risk.RiskInputs.HandOver;

import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Repository;

import static org.tracebackgraph.neo4j.Values.date;
import static org.tracebackgraph.neo4j.Values.string;

/**
 * Reads the inputs of a scoring run in a handful of set-oriented queries, each answering
 * per provider (never one query per provider): the counters kept at ingest, the traffic
 * pass over every traceback, originators' attestations, gateways' upstreams, letters, and
 * the provider network. The traffic pass, by far the longest, runs next to the others in
 * its own read transaction. Through the driver rather than {@code Neo4jClient} so that
 * the two can run at once.
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

	private final Driver driver;

	private final SessionConfig sessionConfig;

	private final Clock clock;

	RiskInputQueries(Driver driver, DatabaseSelectionProvider databaseSelection, Clock clock) {
		this.driver = driver;
		String database = databaseSelection.getDatabaseSelection().getValue();
		SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
		if (database != null) {
			config.withDatabase(database);
		}
		this.sessionConfig = config.build();
		this.clock = clock;
	}

	RiskInputs read(int halfLifeDays) {
		long started = System.nanoTime();
		List<Record> newest = rows(this.newestCallDate, Map.of());
		LocalDate reference = newest.isEmpty() ? LocalDate.now(this.clock)
				: newest.getFirst().get("newestCallDate").asLocalDate();
		Map<String, Object> window = Map.of("referenceDate", reference, "yearBefore", reference.minusMonths(12),
				"halfLifeDays", (double) halfLifeDays);
		CompletableFuture<List<Record>> trafficRows = CompletableFuture.supplyAsync(() -> rows(this.traffic, window),
				command -> Thread.ofVirtual().name("risk-traffic").start(command));
		Map<String, ProviderTally> providers = new LinkedHashMap<>();
		for (Record row : rows(this.providersForRisk, Map.of())) {
			ProviderTally tally = new ProviderTally(string(row.get("providerId")), string(row.get("name")),
					string(row.get("country")), row.get("foreign").asBoolean());
			tally.tracedCalls = row.get("tracedCalls").asLong();
			tally.originating = row.get("originating").asLong();
			tally.gateway = row.get("gateway").asLong();
			tally.intermediate = row.get("intermediate").asLong();
			tally.terminating = row.get("terminating").asLong();
			providers.put(tally.providerId, tally);
		}
		each(providers, rows(this.attestation, Map.of()), (tally, row) -> {
			tally.originatedAttested = row.get("attested").asLong();
			tally.originatedWeak = row.get("weak").asLong();
			tally.aAttestedSpoofed = row.get("aAttestedSpoofed").asLong();
		});
		each(providers, rows(this.gateways, Map.of()), (tally, row) -> {
			tally.gatewayUpstreamKnown = row.get("upstreamKnown").asLong();
			tally.gatewayUpstreamForeign = row.get("upstreamForeign").asLong();
		});
		each(providers, rows(this.letters, Map.of()), (tally, row) -> {
			tally.firstLetterOn = date(row.get("firstLetterOn"));
			tally.letters = row.get("letters").asLong();
			tally.letterDatedCalls = row.get("datedCalls").asLong();
			tally.callsAfterLetter = row.get("callsAfter").asLong();
		});
		List<HandOver> handOvers = new ArrayList<>();
		for (Record row : rows(this.network, Map.of())) {
			handOvers.add(new HandOver(string(row.get("upstreamId")), string(row.get("downstreamId")),
					row.get("calls").asLong()));
		}
		each(providers, join(trafficRows), (tally, row) -> {
			tally.hops = row.get("hops").asLong();
			tally.badAnswers = row.get("badAnswers").asLong();
			tally.campaigns = row.get("campaigns").asLong();
			tally.datedCalls = row.get("datedCalls").asLong();
			tally.recencySum = row.get("recencySum").asDouble();
			tally.recentOriginOrGateway = row.get("recentOriginOrGateway").asLong();
		});
		log.info("Risk inputs read: {} providers, {} hand-overs, as of {}, in {} ms", providers.size(),
				handOvers.size(), reference, (System.nanoTime() - started) / 1_000_000);
		return new RiskInputs(reference, providers, List.copyOf(handOvers));
	}

	private List<Record> rows(CypherQuery query, Map<String, Object> parameters) {
		try (Session session = this.driver.session(this.sessionConfig)) {
			return session.executeRead(tx -> tx.run(query.text(), parameters).list());
		}
	}

	private static void each(Map<String, ProviderTally> providers, List<Record> rows,
			java.util.function.BiConsumer<ProviderTally, Record> apply) {
		for (Record row : rows) {
			ProviderTally tally = providers.get(row.get("providerId").asString());
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
