package org.tracebackgraph.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphWriter;
import org.tracebackgraph.neo4j.Parameters;
import org.tracebackgraph.neo4j.Row;

import org.springframework.stereotype.Component;

/**
 * Stores a run: the report node first (RUNNING), its scores in batches, and COMPLETE only
 * at the end, so the latest complete report is always whole. A failed run's scores are
 * deleted and the report marked FAILED.
 */
@Component
class RiskReportWriter {

	private static final int BATCH_SIZE = 2_000;

	private final CypherQuery create = CypherQuery.load("queries/risk/create-risk-report");

	private final CypherQuery writeScores = CypherQuery.load("queries/risk/write-risk-scores");

	private final CypherQuery complete = CypherQuery.load("queries/risk/complete-risk-report");

	private final CypherQuery fail = CypherQuery.load("queries/risk/fail-risk-report");

	private final CypherQuery latestScores = CypherQuery.load("queries/risk/latest-risk-scores");

	private final CypherQuery running = CypherQuery.load("queries/risk/running-risk-reports");

	private final GraphWriter writer;

	RiskReportWriter(GraphWriter writer) {
		this.writer = writer;
	}

	void create(String reportId, String trigger, Instant startedAt) {
		Map<String, Object> report = Map.of("reportId", reportId, "trigger", trigger, "startedAt",
				startedAt.atOffset(ZoneOffset.UTC));
		this.writer.run(this.create, Parameters.of("report", report));
	}

	/**
	 * The latest complete report's scores, read in a write session so that a run on a
	 * cluster compares with what the leader holds.
	 */
	PreviousReport previous() {
		return this.writer.write(tx -> {
			String reportId = null;
			Map<String, double[]> scores = new HashMap<>();
			for (Row row : tx.list(this.latestScores, Parameters.none(), row -> row)) {
				reportId = row.string("reportId");
				scores.put(row.string("providerId"), new double[] { row.doubleValue("score"), row.intValue("rank") });
			}
			return new PreviousReport(reportId, scores);
		});
	}

	void writeScores(String reportId, List<ProviderRisk> scores) {
		for (int from = 0; from < scores.size(); from += BATCH_SIZE) {
			List<Map<String, Object>> batch = new ArrayList<>();
			for (ProviderRisk risk : scores.subList(from, Math.min(scores.size(), from + BATCH_SIZE))) {
				batch.add(parameters(risk));
			}
			this.writer.run(this.writeScores, Parameters.of("reportId", reportId).and("scores", batch));
		}
	}

	void complete(String reportId, Instant finishedAt, long durationMs, LocalDate referenceDate,
			String previousReportId, int providers, int newProviders, Map<String, Double> weights, int halfLifeDays) {
		Map<String, Object> summary = new HashMap<>();
		summary.put("finishedAt", finishedAt.atOffset(ZoneOffset.UTC));
		summary.put("durationMs", durationMs);
		summary.put("referenceDate", referenceDate);
		summary.put("previousReportId", previousReportId);
		summary.put("providers", providers);
		summary.put("newProviders", newProviders);
		summary.put("weightNames", List.copyOf(weights.keySet()));
		summary.put("weightValues", List.copyOf(weights.values()));
		summary.put("halfLifeDays", halfLifeDays);
		this.writer.run(this.complete, Parameters.of("reportId", reportId).and("summary", summary));
	}

	void fail(String reportId, Instant finishedAt, String error) {
		this.writer.run(this.fail,
				Parameters.of("reportId", reportId)
					.and("finishedAt", finishedAt.atOffset(ZoneOffset.UTC))
					.and("error", error));
	}

	/**
	 * The runs marked RUNNING, with the lock's holder, read in a write session so that on
	 * a cluster the leader answers.
	 */
	List<RunningReport> running(String lock) {
		return this.writer.write(tx -> tx.list(this.running, Parameters.of("name", lock),
				row -> new RunningReport(row.string("reportId"), row.string("lockedBy"), row.bool("leased"))));
	}

	/**
	 * A run marked RUNNING.
	 *
	 * @param reportId the report
	 * @param lockedBy who holds the report lock (or held it last), if anyone
	 * @param leased whether that hold's lease is still running
	 */
	record RunningReport(String reportId, String lockedBy, boolean leased) {

	}

	private static Map<String, Object> parameters(ProviderRisk risk) {
		Map<String, Object> score = new HashMap<>();
		score.put("providerId", risk.providerId());
		score.put("rank", risk.rank());
		score.put("score", risk.score());
		score.put("direct", risk.direct());
		score.put("previousScore", risk.previousScore());
		score.put("previousRank", risk.previousRank());
		score.put("change", risk.change());
		score.put("isNew", risk.isNew());
		score.put("factorNames", risk.factors().stream().map(Factor::name).toList());
		score.put("factorValues", risk.factors().stream().map(Factor::value).toList());
		score.put("factorNormalized", risk.factors().stream().map(Factor::normalized).toList());
		score.put("factorWeights", risk.factors().stream().map(Factor::weight).toList());
		score.put("factorContributions", risk.factors().stream().map(Factor::contribution).toList());
		score.put("factorDetails", risk.factors().stream().map(Factor::detail).toList());
		return score;
	}

	/**
	 * The latest complete report's scores, to compare a new run with.
	 *
	 * @param reportId its id, or {@code null} if there is none
	 * @param scores per provider id: score and rank
	 */
	record PreviousReport(String reportId, Map<String, double[]> scores) {

	}

}
