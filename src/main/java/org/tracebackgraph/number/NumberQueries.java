package org.tracebackgraph.number;

import java.util.Optional;

import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphReader;
import org.tracebackgraph.neo4j.Parameters;
import org.tracebackgraph.neo4j.ReadTx;
import org.tracebackgraph.web.Capped;
import org.tracebackgraph.web.Page;
import org.tracebackgraph.web.Paging;

import org.springframework.stereotype.Repository;

@Repository
class NumberQueries {

	/** Most calls read per number, campaign or originator when relating numbers. */
	static final int SAMPLE = 10_000;

	private static final int TOP_CAMPAIGNS = 20;

	private static final int TOP_PROVIDERS = 50;

	private static final int TOP_RELATED = 20;

	private final GraphReader graph;

	private final CypherQuery phoneNumber = CypherQuery.load("queries/number/phone-number");

	private final CypherQuery callsFromNumber = CypherQuery.load("queries/number/calls-from-number");

	private final CypherQuery campaignsOfNumber = CypherQuery.load("queries/number/campaigns-of-number");

	private final CypherQuery providersOnRoutes = CypherQuery.load("queries/number/providers-on-routes-of-number");

	private final CypherQuery relatedNumbers = CypherQuery.load("queries/number/numbers-related-to-number");

	NumberQueries(GraphReader graph) {
		this.graph = graph;
	}

	/** The number's parts, all read in one transaction so that they agree. */
	Optional<NumberReport> report(String e164, Paging paging) {
		return this.graph.read(tx -> report(tx, e164, paging));
	}

	private Optional<NumberReport> report(ReadTx tx, String e164, Paging paging) {
		record Head(String e164, Boolean valid, String region, long calls) {
		}
		Optional<Head> head = tx.one(this.phoneNumber, Parameters.of("e164", e164), row -> new Head(row.string("e164"),
				row.boolOrNull("valid"), row.string("region"), row.longValue("calls")));
		if (head.isEmpty()) {
			return Optional.empty();
		}
		var calls = tx.list(this.callsFromNumber, Parameters.of("e164", e164).with(paging), NumberReport.Call::of);
		var campaigns = Capped.of(
				tx.list(this.campaignsOfNumber, sampled(e164, TOP_CAMPAIGNS), NumberReport.CampaignCalls::of),
				TOP_CAMPAIGNS);
		var providers = Capped.of(
				tx.list(this.providersOnRoutes, sampled(e164, TOP_PROVIDERS), NumberReport.ProviderOnRoutes::of),
				TOP_PROVIDERS);
		var related = Capped.of(
				tx.list(this.relatedNumbers, sampled(e164, TOP_RELATED), NumberReport.RelatedCallerId::of),
				TOP_RELATED);
		Head number = head.get();
		return Optional.of(new NumberReport(number.e164(), number.valid(), number.region(), number.calls(),
				Page.of(calls, paging), campaigns.items(), campaigns.truncated(), providers.items(),
				providers.truncated(), related.items(), related.truncated()));
	}

	/** Asks for one more than the cap, to know whether it cut the list. */
	private static Parameters sampled(String e164, int top) {
		return Parameters.of("e164", e164).and("sample", SAMPLE).and("top", top + 1);
	}

}
