package org.tracebackgraph.risk;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tracebackgraph.risk.RiskGraphs.array;
import static org.tracebackgraph.risk.RiskGraphs.factor;
import static org.tracebackgraph.risk.RiskGraphs.hop;
import static org.tracebackgraph.risk.RiskGraphs.json;
import static org.tracebackgraph.risk.RiskGraphs.traceback;

/**
 * Stored reports: history, movers and new providers between runs, failed runs, formats,
 * and the after-letter factor on the investigation graph.
 */
class RiskReportTests extends GraphTest {

	@Autowired
	private RiskReports reports;

	@BeforeEach
	void twoRoutes() {
		assertThat(postJson("/api/tracebacks",
				array(traceback("R1", "2024-05-01", "K1", "A", "+12127363100", hop(0, "term-t", "TERMINATING", 1, "A"),
						hop(1, "orig-a", "ORIGINATING", 1, "A")),
						traceback("R2", "2024-05-02", "K1", "B", "+12127363101",
								hop(0, "term-t", "TERMINATING", 1, "B"), hop(1, "orig-b", "ORIGINATING", 1, "B")))))
			.hasStatusOk();
	}

	@Test
	void aFirstReportComparesWithNothingAndBecomesTheLatest() {
		JsonNode first = run();

		assertThat(first.get("status").asString()).isEqualTo("COMPLETE");
		assertThat(first.get("trigger").asString()).isEqualTo("MANUAL");
		assertThat(first.get("previousReportId").isNull()).isTrue();
		assertThat(first.get("newProviders").asInt()).isZero();
		assertThat(first.get("movers")).isEmpty();
		assertThat(latest().get("reportId").asString()).isEqualTo(first.get("reportId").asString());
		assertThat(latest().get("scores")).hasSize(3);
	}

	@Test
	void aSecondReportNamesTheBiggestMoversAndTheNewProviders() {
		String first = run().get("reportId").asString();
		// orig-b originates two more calls through a new provider, new-n; orig-a does not
		assertThat(postJson("/api/tracebacks", array(
				traceback("R3", "2024-05-03", "K2", "A", "+12127363102", hop(0, "term-t", "TERMINATING", 1, "A"),
						hop(1, "new-n", "INTERMEDIATE", 1, "A"), hop(2, "orig-b", "ORIGINATING", 40, "A")),
				traceback("R4", "2024-05-04", "K2", "A", "+12127363102", hop(0, "term-t", "TERMINATING", 1, "A"),
						hop(1, "new-n", "INTERMEDIATE", 1, "A"), hop(2, "orig-b", "ORIGINATING", 40, "A")))))
			.hasStatusOk();

		JsonNode second = run();

		assertThat(second.get("previousReportId").asString()).isEqualTo(first);
		assertThat(second.get("newProviders").asInt()).isEqualTo(1);
		assertThat(second.get("newProviderList").findValuesAsString("providerId")).containsExactly("new-n");
		// orig-b gained calls, late answers and a campaign; orig-a's one call now weighs
		// less next to the busiest originator's three (log scale against the busiest)
		JsonNode movers = second.get("movers");
		assertThat(movers.findValuesAsString("providerId")).contains("orig-a", "orig-b");
		double previous = Double.MAX_VALUE;
		for (JsonNode mover : movers) {
			double change = mover.get("change").asDouble();
			assertThat(change).isCloseTo(mover.get("score").asDouble() - mover.get("previousScore").asDouble(),
					within(1e-3));
			assertThat(Math.abs(change)).isLessThanOrEqualTo(previous);
			previous = Math.abs(change);
			if ("orig-a".equals(mover.get("providerId").asString())) {
				assertThat(change).isNegative();
			}
			if ("orig-b".equals(mover.get("providerId").asString())) {
				assertThat(change).isPositive();
			}
		}
		JsonNode scores = latest().get("scores");
		assertThat(scores.findValuesAsString("providerId")).contains("new-n");
		assertThat(RiskGraphs.score(latest(), "new-n").get("isNew").asBoolean()).isTrue();
		assertThat(RiskGraphs.score(latest(), "orig-a").get("isNew").asBoolean()).isFalse();
	}

	@Test
	void aProvidersHistoryListsItsScoreInEveryCompleteReportNewestFirst() {
		String first = run().get("reportId").asString();
		String second = run().get("reportId").asString();

		JsonNode history = json(body(this.mvc.get().uri("/api/providers/orig-a/risk-history").exchange()));

		assertThat(history.get("items").findValuesAsString("reportId")).containsExactly(second, first);
		assertThat(history.get("items").get(0).get("change").asDouble()).isZero();
		assertThat(history.get("items").get(1).get("isNew").asBoolean()).isFalse();
		assertThat(json(body(this.mvc.get().uri("/api/risk/reports").exchange())).get("items")
			.findValuesAsString("reportId")).containsExactly(second, first);
	}

	@Test
	void aFailedRunLeavesThePreviousReportTheLatestAndIsRecordedAsFailed() {
		String first = run().get("reportId").asString();
		RiskReports.Started started = this.reports.start("MANUAL").orElseThrow();

		boolean complete = this.reports.finish(started, () -> {
			throw new IllegalStateException("disk full");
		});

		assertThat(complete).isFalse();
		assertThat(latest().get("reportId").asString()).isEqualTo(first);
		JsonNode failed = json(body(this.mvc.get().uri("/api/risk/reports/" + started.reportId()).exchange()));
		assertThat(failed.get("status").asString()).isEqualTo("FAILED");
		assertThat(failed.get("scores")).isEmpty();
		assertThat(rows("MATCH (:RiskReport {reportId: $id})-[:HAS_SCORE]->(s) RETURN count(s) AS scores",
				Map.of("id", started.reportId())))
			.containsExactly(Map.of("scores", 0L));
		// the lock is free again
		assertThat(this.mvc.post().uri("/api/risk/reports?wait=true").exchange()).hasStatus(201);
	}

	@Test
	void unknownReportsAndProvidersAreNotFoundAndThereIsNoLatestBeforeTheFirstRun() {
		assertThat(this.mvc.get().uri("/api/risk/reports/latest").exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/risk/reports/RR-nope").exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/providers/nobody/risk-history").exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/risk/reports?size=0").exchange()).hasStatus(400);
		assertThat(this.mvc.get().uri("/api/providers/orig-a/risk-history").exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items")
			.asArray()
			.isEmpty();
	}

	@Test
	void theCsvHasOneRowPerProviderWithEveryFactorsValueAndContribution() {
		String reportId = run().get("reportId").asString();

		MvcTestResult csv = this.mvc.get().uri("/api/risk/reports/" + reportId + ".csv").exchange();

		assertThat(csv).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
		List<String> lines = body(csv).lines().toList();
		assertThat(lines).hasSize(4);
		assertThat(lines.getFirst()).startsWith(
				"report_id,rank,provider_id,name,country,score,direct,previous_score,change,new,originating_value,originating_contribution,gateway_value");
		assertThat(lines.getFirst()).endsWith("propagation_value,propagation_contribution");
		assertThat(lines.get(1)).startsWith(reportId + ",1,");
	}

	@Test
	void trafficAfterALetterCountsTheCallsOnOrAfterTheFirstLetter() {
		// orig-a: a letter of 2024-05-10 listing one call of 2024-04-01; besides it, R1
		// of
		// 2024-05-01 before the letter and R3, R4 after it
		assertThat(this.mvc.post()
			.uri("/api/imports/letters")
			.multipart()
			.file("chart",
					"Date of ITG Notification,Date of Call\n4/2/2024,4/1/2024\n".getBytes(StandardCharsets.UTF_8))
			.param("recipient", "orig-a")
			.param("recipientId", "orig-a")
			.param("letterId", "L-A")
			.param("issuedOn", "2024-05-10")).hasStatusOk();
		assertThat(postJson("/api/tracebacks",
				array(traceback("R3", "2024-06-01", "K1", "A", "+12127363102", hop(0, "term-t", "TERMINATING", 1, "A"),
						hop(1, "orig-a", "ORIGINATING", 1, "A")),
						traceback("R4", "2024-06-02", "K1", "A", "+12127363103",
								hop(0, "term-t", "TERMINATING", 1, "A"), hop(1, "orig-a", "ORIGINATING", 1, "A")))))
			.hasStatusOk();
		run();

		JsonNode factor = factor(latest(), "orig-a", Factor.AFTER_LETTER);

		assertThat(factor.get("value").asDouble()).isEqualTo(2.0);
		assertThat(factor.get("normalized").asDouble()).isEqualTo(0.5);
		assertThat(factor.get("contribution").asDouble()).isEqualTo(2.5);
		assertThat(factor.get("detail").asString())
			.isEqualTo("2 of 4 dated traced calls on or after its first letter of 2024-05-10");
	}

	private JsonNode run() {
		MvcTestResult result = this.mvc.post().uri("/api/risk/reports?wait=true").exchange();
		assertThat(result).hasStatus(201);
		return json(body(result));
	}

	private JsonNode latest() {
		MvcTestResult result = this.mvc.get().uri("/api/risk/reports/latest?limit=1000").exchange();
		assertThat(result).hasStatusOk();
		return json(body(result));
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
