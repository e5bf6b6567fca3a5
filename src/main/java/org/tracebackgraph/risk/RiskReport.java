package org.tracebackgraph.risk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.tracebackgraph.neo4j.Row;

/**
 * One risk report run: when, on what data, with which weights, who moved most since the
 * previous report, who is new, and (when asked for) the ranked scores.
 *
 * @param reportId its id
 * @param status RUNNING, COMPLETE or FAILED
 * @param trigger SCHEDULED or MANUAL
 * @param startedAt when the run started
 * @param finishedAt when it ended
 * @param durationMs how long it took
 * @param referenceDate the day it scored as of (the newest traced call)
 * @param previousReportId the report it compares with
 * @param providers providers scored
 * @param newProviders providers the previous report did not score
 * @param error why it failed
 * @param halfLifeDays recency half-life used
 * @param weights the weights used, by factor
 * @param movers the biggest changes of score since the previous report
 * @param newProviderList the best-ranked new providers
 * @param scores the ranked scores (a page of them), empty when not asked for
 */
record RiskReport(String reportId, String status, String trigger, OffsetDateTime startedAt, OffsetDateTime finishedAt,
		Long durationMs, LocalDate referenceDate, String previousReportId, Integer providers, Integer newProviders,
		String error, Integer halfLifeDays, Map<String, Double> weights, List<Mover> movers,
		List<NewProvider> newProviderList, List<ProviderRisk> scores) {

	RiskReport withScores(List<ProviderRisk> page) {
		return new RiskReport(this.reportId, this.status, this.trigger, this.startedAt, this.finishedAt,
				this.durationMs, this.referenceDate, this.previousReportId, this.providers, this.newProviders,
				this.error, this.halfLifeDays, this.weights, this.movers, this.newProviderList, List.copyOf(page));
	}

	/**
	 * A provider whose score changed since the previous report.
	 *
	 * @param providerId its id
	 * @param name its name
	 * @param score now
	 * @param previousScore then
	 * @param change score minus previous score
	 * @param rank now
	 * @param previousRank then
	 */
	record Mover(String providerId, String name, double score, double previousScore, double change, int rank,
			int previousRank) {

	}

	/**
	 * A provider the previous report did not score.
	 *
	 * @param providerId its id
	 * @param name its name
	 * @param score its score
	 * @param rank its rank
	 */
	record NewProvider(String providerId, String name, double score, int rank) {

	}

	/**
	 * A report in the list of runs, or a provider's score in one report.
	 *
	 * @param reportId the report
	 * @param status its status
	 * @param trigger SCHEDULED or MANUAL
	 * @param startedAt when it started
	 * @param finishedAt when it ended
	 * @param durationMs how long it took
	 * @param referenceDate the day it scored as of
	 * @param providers providers scored
	 * @param newProviders new since the previous report
	 * @param error why it failed
	 */
	record Run(String reportId, String status, String trigger, OffsetDateTime startedAt, OffsetDateTime finishedAt,
			Long durationMs, LocalDate referenceDate, Integer providers, Integer newProviders, String error) {

		static Run of(Row row) {
			return new Run(row.string("reportId"), row.string("status"), row.string("trigger"),
					row.dateTime("startedAt"), row.dateTime("finishedAt"), row.longOrNull("durationMs"),
					row.date("referenceDate"), row.intOrNull("providers"), row.intOrNull("newProviders"),
					row.string("error"));
		}

	}

	/**
	 * A provider's score in one complete report.
	 *
	 * @param reportId the report
	 * @param startedAt when it ran
	 * @param referenceDate the day it scored as of
	 * @param rank the provider's rank
	 * @param providers how many providers were ranked
	 * @param score its score
	 * @param change since the previous report
	 * @param isNew whether the previous report did not score it
	 */
	record HistoryEntry(String reportId, OffsetDateTime startedAt, LocalDate referenceDate, int rank, Integer providers,
			double score, Double change, boolean isNew) {

	}

}
