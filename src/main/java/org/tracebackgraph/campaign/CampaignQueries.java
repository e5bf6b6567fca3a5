package org.tracebackgraph.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.web.DateWindow;
import org.tracebackgraph.web.Page;
import org.tracebackgraph.web.Paging;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import static org.tracebackgraph.neo4j.Values.date;
import static org.tracebackgraph.neo4j.Values.string;

@Repository
@Transactional(readOnly = true)
class CampaignQueries {

	/** Most tracebacks read to find a campaign's common routes. */
	static final int SIGNATURE_SAMPLE = 10_000;

	private static final int TOP = 20;

	private static final int TOP_SIGNATURES = 10;

	private final Neo4jClient neo4j;

	private final CypherQuery ranked = CypherQuery.load("queries/campaign/campaigns-ranked-by-calls");

	private final CypherQuery rankedInWindow = CypherQuery.load("queries/campaign/campaigns-ranked-by-calls-in-window");

	private final CypherQuery summary = CypherQuery.load("queries/campaign/campaign-summary");

	private final CypherQuery topCallerIds = CypherQuery.load("queries/campaign/campaign-top-caller-ids");

	private final CypherQuery providersByRole = CypherQuery.load("queries/campaign/campaign-providers-by-role");

	private final CypherQuery routeSignatures = CypherQuery.load("queries/campaign/campaign-route-signatures");

	CampaignQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Page<Campaigns.Summary> ranking(DateWindow window, Paging paging) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("skip", paging.skip());
		parameters.put("limit", paging.limit());
		parameters.put("from", window.from());
		parameters.put("to", window.to());
		List<Campaigns.Summary> rows = List
			.copyOf(this.neo4j.query((window.isOpen() ? this.ranked : this.rankedInWindow).text())
				.bindAll(parameters)
				.fetchAs(Campaigns.Summary.class)
				.mappedBy((types, row) -> new Campaigns.Summary(string(row.get("name")), row.get("calls").asLong(),
						row.get("callerIds").asLong(), row.get("providers").asLong(), date(row.get("firstSeen")),
						date(row.get("lastSeen"))))
				.all());
		return Page.of(rows, paging);
	}

	Optional<Campaigns.Detail> detail(String name) {
		Optional<Head> found = this.neo4j.query(this.summary.text())
			.bind(name)
			.to("name")
			.fetchAs(Head.class)
			.mappedBy((types, row) -> new Head(string(row.get("name")), row.get("calls").asLong(),
					row.get("callerIds").asLong(), row.get("providers").asLong(), date(row.get("firstSeen")),
					date(row.get("lastSeen")),
					row.get("letters")
						.asList(letter -> new Campaigns.Letter(string(letter.get("letterId")),
								string(letter.get("issuer")), date(letter.get("issuedOn")),
								string(letter.get("kind"))))))
			.one();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Head head = found.get();
		Map<String, Object> top = Map.of("name", name, "top", TOP);
		List<Campaigns.CallerId> callers = List.copyOf(this.neo4j.query(this.topCallerIds.text())
			.bindAll(top)
			.fetchAs(Campaigns.CallerId.class)
			.mappedBy((types, row) -> new Campaigns.CallerId(string(row.get("callerId")), row.get("calls").asLong()))
			.all());
		Map<String, List<Campaigns.ProviderCalls>> byRole = new LinkedHashMap<>();
		this.neo4j.query(this.providersByRole.text())
			.bindAll(top)
			.fetch()
			.all()
			.forEach(row -> byRole.put((String) row.get("role"), providerCalls(row.get("providers"))));
		List<Campaigns.RouteSignature> signatures = List.copyOf(this.neo4j.query(this.routeSignatures.text())
			.bindAll(Map.of("name", name, "sample", SIGNATURE_SAMPLE, "top", TOP_SIGNATURES))
			.fetchAs(Campaigns.RouteSignature.class)
			.mappedBy((types, row) -> new Campaigns.RouteSignature(row.get("signature").asList(Value::asString),
					row.get("complete").asBoolean(), row.get("calls").asLong()))
			.all());
		return Optional.of(new Campaigns.Detail(head.name(), head.calls(), head.callerIds(), head.providers(),
				head.firstSeen(), head.lastSeen(), callers, byRole, byRole.getOrDefault("ORIGINATING", List.of()),
				byRole.getOrDefault("GATEWAY", List.of()), signatures, head.calls() > SIGNATURE_SAMPLE,
				head.letters()));
	}

	private record Head(String name, long calls, long callerIds, long providers, java.time.LocalDate firstSeen,
			java.time.LocalDate lastSeen, List<Campaigns.Letter> letters) {

	}

	@SuppressWarnings("unchecked")
	private static List<Campaigns.ProviderCalls> providerCalls(Object providers) {
		List<Campaigns.ProviderCalls> result = new ArrayList<>();
		for (Map<String, Object> provider : (List<Map<String, Object>>) providers) {
			result.add(new Campaigns.ProviderCalls((String) provider.get("providerId"), (String) provider.get("name"),
					((Number) provider.get("calls")).longValue()));
		}
		return List.copyOf(result);
	}

}
