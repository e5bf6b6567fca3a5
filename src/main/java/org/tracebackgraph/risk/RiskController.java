package org.tracebackgraph.risk;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.tracebackgraph.web.BadParameterException;
import org.tracebackgraph.web.ConflictException;
import org.tracebackgraph.web.Existence;
import org.tracebackgraph.web.NotFoundException;
import org.tracebackgraph.web.OperationFailedException;
import org.tracebackgraph.web.Page;
import org.tracebackgraph.web.Paging;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Risk", description = "Explainable provider risk scores and their scheduled reports")
class RiskController {

	private static final String LATEST = "latest";

	private static final int DEFAULT_LIMIT = 100;

	private static final int MAX_LIMIT = 100_000;

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	private final RiskReports reports;

	private final RiskReportQueries queries;

	private final RiskProperties properties;

	private final Existence existence;

	RiskController(RiskReports reports, RiskReportQueries queries, RiskProperties properties, Existence existence) {
		this.reports = reports;
		this.queries = queries;
		this.properties = properties;
		this.existence = existence;
	}

	@PostMapping("/api/risk/reports")
	@Operation(summary = "Run a risk report now",
			description = "Scores every provider and stores the report. Answers 202 at once with the RUNNING report"
					+ " (poll its Location), or with wait=true 201 with the finished report. Only one run at a time,"
					+ " across all app instances on the database: 409 while another runs.")
	@ApiResponse(responseCode = "201", description = "The finished report (wait=true)")
	@ApiResponse(responseCode = "202", description = "The run has started")
	@ApiResponse(responseCode = "409", description = "Another run is in progress")
	@ApiResponse(responseCode = "500", description = "The run failed (wait=true); the previous report stays the latest")
	ResponseEntity<RiskReport> run(@Parameter(description = "wait for the run to finish (default false)") @RequestParam(
			required = false, defaultValue = "false") boolean wait) {
		RiskReports.Started started = this.reports.start("MANUAL")
			.orElseThrow(() -> new ConflictException("report-running", "Report running",
					"A risk report is already running; try again when it has finished"));
		URI location = URI.create("/api/risk/reports/" + started.reportId());
		if (wait) {
			if (!this.reports.finish(started)) {
				throw new OperationFailedException("report-failed", "Report failed",
						"The risk report run failed and was logged; the previous report stays the latest",
						Map.of("reportId", started.reportId()));
			}
			return ResponseEntity.created(location).body(report(started.reportId(), 0));
		}
		Thread.ofVirtual().name("risk-report").start(() -> this.reports.finish(started));
		return ResponseEntity.accepted().location(location).body(report(started.reportId(), 0));
	}

	@GetMapping("/api/risk/reports")
	@Operation(summary = "Risk report runs, newest first (running, complete and failed)")
	@ApiResponse(responseCode = "200", description = "A page of runs")
	Page<RiskReport.Run> runs(@ParameterObject Paging paging) {
		return Page.of(this.queries.runs(paging), paging);
	}

	@GetMapping(path = "/api/risk/reports/{reportId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A risk report (or 'latest', the newest complete one) with its ranked scores",
			description = "Summary, weights, movers since the previous report, new providers, and the top `limit`"
					+ " scores with every factor's value and contribution. Ask for text/csv or text/html (or use the"
					+ " .csv and .html paths) for the file or the self-contained page.")
	@ApiResponse(responseCode = "200", description = "The report")
	@ApiResponse(responseCode = "404", description = "No such report, or no complete report yet")
	RiskReport json(@PathVariable String reportId,
			@Parameter(description = "scores to include, best first (default 100)") @RequestParam(
					required = false) Integer limit) {
		return report(resolve(reportId), limit(limit, DEFAULT_LIMIT));
	}

	@GetMapping(path = { "/api/risk/reports/{reportId}", "/api/risk/reports/{reportId}.csv" }, produces = "text/csv")
	@Operation(summary = "A risk report's scores as CSV, one row per provider (all of them by default)")
	ResponseEntity<String> csv(@PathVariable String reportId, @RequestParam(required = false) Integer limit) {
		RiskReport report = report(resolve(reportId), limit(limit, MAX_LIMIT));
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(report.reportId() + ".csv").build().toString())
			.body(RiskReportCsv.csv(report));
	}

	@GetMapping(path = { "/api/risk/reports/{reportId}", "/api/risk/reports/{reportId}.html" },
			produces = MediaType.TEXT_HTML_VALUE)
	@Operation(summary = "A risk report as a self-contained HTML page: ranking, factor breakdowns, charts")
	ResponseEntity<String> html(@PathVariable String reportId, @RequestParam(required = false) Integer limit) {
		return ResponseEntity.ok()
			.contentType(HTML)
			.body(RiskReportHtml.html(report(resolve(reportId), limit(limit, DEFAULT_LIMIT))));
	}

	@GetMapping("/api/providers/{providerId}/risk-history")
	@Operation(summary = "A provider's risk score in every complete report, newest first")
	@ApiResponse(responseCode = "200", description = "A page of the provider's scores")
	@ApiResponse(responseCode = "404", description = "No such provider")
	Page<RiskReport.HistoryEntry> history(@Parameter(description = "the provider's id") @PathVariable String providerId,
			@ParameterObject Paging paging) {
		this.existence.requireProvider(providerId);
		return Page.of(this.queries.history(providerId, paging), paging);
	}

	private String resolve(String reportId) {
		if (LATEST.equals(reportId)) {
			return this.queries.latestReportId().orElseThrow(() -> new NotFoundException("risk report", LATEST));
		}
		return reportId;
	}

	private RiskReport report(String reportId, int limit) {
		RiskReport report = this.queries.report(reportId, this.properties.movers(), 20)
			.orElseThrow(() -> new NotFoundException("risk report", reportId));
		return (limit > 0) ? report.withScores(this.queries.scores(reportId, 0, limit)) : report;
	}

	private static int limit(Integer limit, int otherwise) {
		if (limit == null) {
			return otherwise;
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new BadParameterException("limit", "must be between 1 and " + MAX_LIMIT);
		}
		return limit;
	}

}
