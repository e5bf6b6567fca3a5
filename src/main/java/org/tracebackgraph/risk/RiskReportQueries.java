package org.tracebackgraph.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.web.Paging;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import static org.tracebackgraph.neo4j.Values.date;
import static org.tracebackgraph.neo4j.Values.dateTime;
import static org.tracebackgraph.neo4j.Values.integer;
import static org.tracebackgraph.neo4j.Values.number;
import static org.tracebackgraph.neo4j.Values.string;

/**
 * Reads stored risk reports, their scores, and providers' score histories.
 */
@Repository
@Transactional(readOnly = true)
class RiskReportQueries {

	private final CypherQuery reports = CypherQuery.load("queries/risk/risk-reports");

	private final CypherQuery latestId = CypherQuery.load("queries/risk/latest-risk-report-id");

	private final CypherQuery report = CypherQuery.load("queries/risk/risk-report");

	private final CypherQuery scores = CypherQuery.load("queries/risk/risk-scores-of-report");

	private final CypherQuery history = CypherQuery.load("queries/risk/risk-history-of-provider");

	private final CypherQuery providerExists = CypherQuery.load("queries/risk/provider-exists");

	private final Neo4jClient neo4j;

	RiskReportQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	List<RiskReport.Run> runs(Paging paging) {
		return List.copyOf(this.neo4j.query(this.reports.text())
			.bindAll(Map.of("skip", paging.skip(), "limit", paging.limit()))
			.fetchAs(RiskReport.Run.class)
			.mappedBy((types, row) -> new RiskReport.Run(string(row.get("reportId")), string(row.get("status")),
					string(row.get("trigger")), dateTime(row.get("startedAt")), dateTime(row.get("finishedAt")),
					number(row.get("durationMs")), date(row.get("referenceDate")), integer(row.get("providers")),
					integer(row.get("newProviders")), string(row.get("error"))))
			.all());
	}

	Optional<String> latestReportId() {
		return this.neo4j.query(this.latestId.text())
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("reportId").asString())
			.one();
	}

	Optional<RiskReport> report(String reportId, int movers, int newProviders) {
		return this.neo4j.query(this.report.text())
			.bindAll(Map.of("reportId", reportId, "movers", movers, "newProviders", newProviders))
			.fetchAs(RiskReport.class)
			.mappedBy((types, row) -> {
				List<String> names = row.get("weightNames").asList(Value::asString);
				List<Double> values = row.get("weightValues").asList(Value::asDouble);
				Map<String, Double> weights = new LinkedHashMap<>();
				for (int i = 0; i < names.size(); i++) {
					weights.put(names.get(i), values.get(i));
				}
				return new RiskReport(string(row.get("reportId")), string(row.get("status")),
						string(row.get("trigger")), dateTime(row.get("startedAt")), dateTime(row.get("finishedAt")),
						number(row.get("durationMs")), date(row.get("referenceDate")),
						string(row.get("previousReportId")), integer(row.get("providers")),
						integer(row.get("newProviders")), string(row.get("error")), integer(row.get("halfLifeDays")),
						weights,
						row.get("movers")
							.asList(m -> new RiskReport.Mover(string(m.get("providerId")), string(m.get("name")),
									m.get("score").asDouble(), m.get("previousScore").asDouble(),
									m.get("change").asDouble(), m.get("rank").asInt(), m.get("previousRank").asInt())),
						row.get("newProviderList")
							.asList(p -> new RiskReport.NewProvider(string(p.get("providerId")), string(p.get("name")),
									p.get("score").asDouble(), p.get("rank").asInt())),
						List.of());
			})
			.one();
	}

	/**
	 * @return scores in rank order, {@code limit} of them from {@code skip}
	 */
	List<ProviderRisk> scores(String reportId, long skip, long limit) {
		return List.copyOf(this.neo4j.query(this.scores.text())
			.bindAll(Map.of("reportId", reportId, "skip", skip, "limit", limit))
			.fetchAs(ProviderRisk.class)
			.mappedBy((types, row) -> {
				List<String> names = row.get("factorNames").asList(Value::asString);
				List<Double> values = row.get("factorValues").asList(Value::asDouble);
				List<Double> normalized = row.get("factorNormalized").asList(Value::asDouble);
				List<Double> weights = row.get("factorWeights").asList(Value::asDouble);
				List<Double> contributions = row.get("factorContributions").asList(Value::asDouble);
				List<String> details = row.get("factorDetails").asList(Value::asString);
				List<Factor> factors = new ArrayList<>(names.size());
				for (int i = 0; i < names.size(); i++) {
					factors.add(new Factor(names.get(i), values.get(i), normalized.get(i), weights.get(i),
							contributions.get(i), details.get(i)));
				}
				Value previous = row.get("previousScore");
				Value change = row.get("change");
				return new ProviderRisk(row.get("rank").asInt(), string(row.get("providerId")), string(row.get("name")),
						string(row.get("country")), row.get("score").asDouble(), row.get("direct").asDouble(),
						previous.isNull() ? null : previous.asDouble(), integer(row.get("previousRank")),
						change.isNull() ? null : change.asDouble(), row.get("isNew").asBoolean(false),
						List.copyOf(factors));
			})
			.all());
	}

	List<RiskReport.HistoryEntry> history(String providerId, Paging paging) {
		return List.copyOf(this.neo4j.query(this.history.text())
			.bindAll(Map.of("providerId", providerId, "skip", paging.skip(), "limit", paging.limit()))
			.fetchAs(RiskReport.HistoryEntry.class)
			.mappedBy((types, row) -> {
				Value change = row.get("change");
				return new RiskReport.HistoryEntry(string(row.get("reportId")), dateTime(row.get("startedAt")),
						date(row.get("referenceDate")), row.get("rank").asInt(), integer(row.get("providers")),
						row.get("score").asDouble(), change.isNull() ? null : change.asDouble(),
						row.get("isNew").asBoolean(false));
			})
			.all());
	}

	boolean providerExists(String providerId) {
		return this.neo4j.query(this.providerExists.text())
			.bindAll(Map.of("providerId", providerId))
			.fetchAs(Boolean.class)
			.mappedBy((types, row) -> row.get("exists").asBoolean())
			.one()
			.orElse(false);
	}

}
