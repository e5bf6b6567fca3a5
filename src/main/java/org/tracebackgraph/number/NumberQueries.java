package org.tracebackgraph.number;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.web.Page;
import org.tracebackgraph.web.Paging;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import static org.tracebackgraph.neo4j.Values.bool;
import static org.tracebackgraph.neo4j.Values.date;
import static org.tracebackgraph.neo4j.Values.dateTime;
import static org.tracebackgraph.neo4j.Values.string;
import static org.tracebackgraph.neo4j.Values.strings;

@Repository
@Transactional(readOnly = true)
class NumberQueries {

	/** Most calls read per number, campaign or originator when relating numbers. */
	static final int SAMPLE = 10_000;

	private final Neo4jClient neo4j;

	private final CypherQuery phoneNumber = CypherQuery.load("queries/number/phone-number");

	private final CypherQuery callsFromNumber = CypherQuery.load("queries/number/calls-from-number");

	private final CypherQuery campaignsOfNumber = CypherQuery.load("queries/number/campaigns-of-number");

	private final CypherQuery providersOnRoutes = CypherQuery.load("queries/number/providers-on-routes-of-number");

	private final CypherQuery relatedNumbers = CypherQuery.load("queries/number/numbers-related-to-number");

	NumberQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Optional<NumberReport> report(String e164, Paging paging) {
		record Head(String e164, Boolean valid, String region, long calls) {
		}
		Optional<Head> head = this.neo4j.query(this.phoneNumber.text())
			.bind(e164)
			.to("e164")
			.fetchAs(Head.class)
			.mappedBy((types, row) -> new Head(string(row.get("e164")), bool(row.get("valid")),
					string(row.get("region")), row.get("calls").asLong()))
			.one();
		if (head.isEmpty()) {
			return Optional.empty();
		}
		List<NumberReport.Call> calls = List.copyOf(this.neo4j.query(this.callsFromNumber.text())
			.bindAll(Map.of("e164", e164, "skip", paging.skip(), "limit", paging.limit()))
			.fetchAs(NumberReport.Call.class)
			.mappedBy((types, row) -> new NumberReport.Call(string(row.get("callId")), dateTime(row.get("startedAt")),
					date(row.get("startedOn")), string(row.get("campaign")),
					row.get("tracebacks")
						.asList(t -> new NumberReport.TracebackRef(string(t.get("tracebackId")),
								string(t.get("status"))))))
			.all());
		Map<String, Object> sampled = Map.of("e164", e164, "sample", SAMPLE, "top", 20);
		List<NumberReport.CampaignCalls> campaigns = List.copyOf(this.neo4j.query(this.campaignsOfNumber.text())
			.bindAll(sampled)
			.fetchAs(NumberReport.CampaignCalls.class)
			.mappedBy((types, row) -> new NumberReport.CampaignCalls(string(row.get("campaign")),
					row.get("calls").asLong()))
			.all());
		List<NumberReport.ProviderOnRoutes> providers = List.copyOf(this.neo4j.query(this.providersOnRoutes.text())
			.bindAll(Map.of("e164", e164, "sample", SAMPLE, "top", 50))
			.fetchAs(NumberReport.ProviderOnRoutes.class)
			.mappedBy((types, row) -> new NumberReport.ProviderOnRoutes(string(row.get("providerId")),
					string(row.get("name")), strings(row.get("roles")).stream().sorted().toList(),
					row.get("calls").asLong()))
			.all());
		List<NumberReport.RelatedCallerId> related = List.copyOf(this.neo4j.query(this.relatedNumbers.text())
			.bindAll(sampled)
			.fetchAs(NumberReport.RelatedCallerId.class)
			.mappedBy((types, row) -> new NumberReport.RelatedCallerId(string(row.get("callerId")),
					sorted(row.get("sharedCampaigns")), sorted(row.get("sharedOriginators")),
					row.get("overlap").asLong()))
			.all());
		Head number = head.get();
		return Optional.of(new NumberReport(number.e164(), number.valid(), number.region(), number.calls(),
				Page.of(calls, paging), campaigns, providers, related));
	}

	private static List<String> sorted(Value values) {
		return strings(values).stream().sorted().toList();
	}

}
