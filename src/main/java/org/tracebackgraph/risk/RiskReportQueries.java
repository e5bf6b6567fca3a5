package org.tracebackgraph.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphReader;
import org.tracebackgraph.neo4j.Parameters;
import org.tracebackgraph.neo4j.Row;
import org.tracebackgraph.web.Paging;

import org.springframework.stereotype.Repository;

/**
 * Reads stored risk reports, their scores, and providers' score histories.
 */
@Repository
class RiskReportQueries {

	private final CypherQuery reports = CypherQuery.load("queries/risk/risk-reports");

	private final CypherQuery latestId = CypherQuery.load("queries/risk/latest-risk-report-id");

	private final CypherQuery report = CypherQuery.load("queries/risk/risk-report");

	private final CypherQuery scores = CypherQuery.load("queries/risk/risk-scores-of-report");

	private final CypherQuery history = CypherQuery.load("queries/risk/risk-history-of-provider");

	private final GraphReader graph;

	RiskReportQueries(GraphReader graph) {
		this.graph = graph;
	}

	List<RiskReport.Run> runs(Paging paging) {
		return this.graph.list(this.reports, Parameters.none().with(paging), RiskReport.Run::of);
	}

	Optional<String> latestReportId() {
		return this.graph.one(this.latestId, Parameters.none(), row -> row.string("reportId"));
	}

	Optional<RiskReport> report(String reportId, int movers, int newProviders) {
		return this.graph.one(this.report,
				Parameters.of("reportId", reportId).and("movers", movers).and("newProviders", newProviders),
				RiskReportQueries::report);
	}

	private static RiskReport report(Row row) {
		List<String> names = row.strings("weightNames");
		List<Double> values = row.doubles("weightValues");
		Map<String, Double> weights = new LinkedHashMap<>();
		for (int i = 0; i < names.size(); i++) {
			weights.put(names.get(i), values.get(i));
		}
		return new RiskReport(row.string("reportId"), row.string("status"), row.string("trigger"),
				row.dateTime("startedAt"), row.dateTime("finishedAt"), row.longOrNull("durationMs"),
				row.date("referenceDate"), row.string("previousReportId"), row.intOrNull("providers"),
				row.intOrNull("newProviders"), row.string("error"), row.intOrNull("halfLifeDays"), weights, row
					.list("movers",
							m -> new RiskReport.Mover(m.string("providerId"), m.string("name"), m.doubleValue("score"),
									m.doubleValue("previousScore"), m.doubleValue("change"), m.intValue("rank"),
									m.intValue("previousRank"))),
				row.list("newProviderList", p -> new RiskReport.NewProvider(p.string("providerId"), p.string("name"),
						p.doubleValue("score"), p.intValue("rank"))),
				List.of());
	}

	/**
	 * @return scores in rank order, {@code limit} of them from {@code skip}
	 */
	List<ProviderRisk> scores(String reportId, long skip, long limit) {
		return this.graph.list(this.scores, Parameters.of("reportId", reportId).and("skip", skip).and("limit", limit),
				RiskReportQueries::score);
	}

	private static ProviderRisk score(Row row) {
		List<String> names = row.strings("factorNames");
		List<Double> values = row.doubles("factorValues");
		List<Double> normalized = row.doubles("factorNormalized");
		List<Double> weights = row.doubles("factorWeights");
		List<Double> contributions = row.doubles("factorContributions");
		List<String> details = row.strings("factorDetails");
		List<Factor> factors = new ArrayList<>(names.size());
		for (int i = 0; i < names.size(); i++) {
			factors.add(new Factor(names.get(i), values.get(i), normalized.get(i), weights.get(i), contributions.get(i),
					details.get(i)));
		}
		return new ProviderRisk(row.intValue("rank"), row.string("providerId"), row.string("name"),
				row.string("country"), row.doubleValue("score"), row.doubleValue("direct"),
				row.doubleOrNull("previousScore"), row.intOrNull("previousRank"), row.doubleOrNull("change"),
				Boolean.TRUE.equals(row.boolOrNull("isNew")), List.copyOf(factors));
	}

	List<RiskReport.HistoryEntry> history(String providerId, Paging paging) {
		return this.graph.list(this.history, Parameters.of("providerId", providerId).with(paging),
				row -> new RiskReport.HistoryEntry(row.string("reportId"), row.dateTime("startedAt"),
						row.date("referenceDate"), row.intValue("rank"), row.intOrNull("providers"),
						row.doubleValue("score"), row.doubleOrNull("change"),
						Boolean.TRUE.equals(row.boolOrNull("isNew"))));
	}

}
