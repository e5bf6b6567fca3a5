package org.tracebackgraph.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphReader;
import org.tracebackgraph.neo4j.Parameters;
import org.tracebackgraph.neo4j.ReadTx;
import org.tracebackgraph.neo4j.Row;
import org.tracebackgraph.web.Capped;
import org.tracebackgraph.web.DateWindow;
import org.tracebackgraph.web.Page;
import org.tracebackgraph.web.Paging;

import org.springframework.stereotype.Repository;

@Repository
class CampaignQueries {

	/** Most tracebacks read to find a campaign's common routes. */
	static final int SIGNATURE_SAMPLE = 10_000;

	private static final int TOP = 20;

	private static final int TOP_SIGNATURES = 10;

	private final GraphReader graph;

	private final CypherQuery ranked = CypherQuery.load("queries/campaign/campaigns-ranked-by-calls");

	private final CypherQuery rankedInWindow = CypherQuery.load("queries/campaign/campaigns-ranked-by-calls-in-window");

	private final CypherQuery summary = CypherQuery.load("queries/campaign/campaign-summary");

	private final CypherQuery topCallerIds = CypherQuery.load("queries/campaign/campaign-top-caller-ids");

	private final CypherQuery providersByRole = CypherQuery.load("queries/campaign/campaign-providers-by-role");

	private final CypherQuery routeSignatures = CypherQuery.load("queries/campaign/campaign-route-signatures");

	private final CypherQuery callsByMonth = CypherQuery.load("queries/campaign/calls-by-month-of-campaign");

	private final CypherQuery campaignExists = CypherQuery.load("queries/common/campaign-exists");

	CampaignQueries(GraphReader graph) {
		this.graph = graph;
	}

	Page<Campaigns.Summary> ranking(DateWindow window, Paging paging) {
		return Page.of(this.graph.list(window.isOpen() ? this.ranked : this.rankedInWindow,
				Parameters.none().with(window).with(paging), Campaigns.Summary::of), paging);
	}

	/** The campaign's parts, all read in one transaction so that they agree. */
	Optional<Campaigns.Detail> detail(String name) {
		return this.graph.read(tx -> detail(tx, name));
	}

	private Optional<Campaigns.Detail> detail(ReadTx tx, String name) {
		Optional<Head> found = tx.one(this.summary, Parameters.of("name", name), Head::of);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Head head = found.get();
		Capped<Campaigns.CallerId> callers = Capped.of(
				tx.list(this.topCallerIds, Parameters.of("name", name).and("top", TOP + 1), Campaigns.CallerId::of),
				TOP);
		Map<String, List<Campaigns.ProviderCalls>> byRole = new LinkedHashMap<>();
		List<String> rolesTruncated = new ArrayList<>();
		tx.list(this.providersByRole, Parameters.of("name", name).and("top", TOP), row -> row).forEach(row -> {
			byRole.put(row.string("role"), row.list("providers", Campaigns.ProviderCalls::of));
			if (row.bool("truncated")) {
				rolesTruncated.add(row.string("role"));
			}
		});
		Capped<Campaigns.RouteSignature> signatures = Capped.of(tx.list(this.routeSignatures,
				Parameters.of("name", name).and("sample", SIGNATURE_SAMPLE).and("top", TOP_SIGNATURES + 1),
				Campaigns.RouteSignature::of), TOP_SIGNATURES);
		return Optional
			.of(new Campaigns.Detail(head.name(), head.calls(), head.callerIds(), head.providers(), head.firstSeen(),
					head.lastSeen(), callers.items(), callers.truncated(), byRole, List.copyOf(rolesTruncated),
					byRole.getOrDefault("ORIGINATING", List.of()), byRole.getOrDefault("GATEWAY", List.of()),
					signatures.items(), signatures.truncated(), head.calls() > SIGNATURE_SAMPLE, head.letters()));
	}

	/**
	 * @return the campaign's traced calls per month, oldest first; empty when there is no
	 * such campaign
	 */
	Optional<MonthlyCalls> callsByMonth(String name, DateWindow window) {
		return this.graph.read(tx -> {
			if (!tx.exists(this.campaignExists, Parameters.of("campaign", name))) {
				return Optional.empty();
			}
			return Optional.of(new MonthlyCalls(
					tx.list(this.callsByMonth, Parameters.of("name", name).with(window), MonthlyCalls.Month::of)));
		});
	}

	private record Head(String name, long calls, long callerIds, long providers, LocalDate firstSeen,
			LocalDate lastSeen, List<Campaigns.Letter> letters) {

		static Head of(Row row) {
			return new Head(row.string("name"), row.longValue("calls"), row.longValue("callerIds"),
					row.longValue("providers"), row.date("firstSeen"), row.date("lastSeen"),
					row.list("letters", Campaigns.Letter::of));
		}

	}

}
