package org.tracebackgraph.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.tracebackgraph.web.DateWindow;
import org.tracebackgraph.web.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Evidence", description = "A provider's traced calls as a letter's Attachment A")
class EvidenceController {

	private static final String TEXT_CSV = "text/csv";

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

	private final EvidenceQueries evidence;

	EvidenceController(EvidenceQueries evidence) {
		this.evidence = evidence;
	}

	@GetMapping(path = "/api/providers/{providerId}/evidence", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A provider's evidence chart: every traced call through it, newest first",
			description = "The columns of Attachment A of the FTC's letters. Ask for text/csv or text/html"
					+ " (or use the .csv and .html paths) for the chart as a file or a printable page.")
	@ApiResponse(responseCode = "404", description = "No such provider")
	EvidenceChart json(@Parameter(description = "the provider's id") @PathVariable String providerId,
			@ParameterObject DateWindow window) {
		return chart(providerId, window);
	}

	@GetMapping(path = { "/api/providers/{providerId}/evidence", "/api/providers/{providerId}/evidence.csv" },
			produces = TEXT_CSV)
	@Operation(summary = "A provider's evidence chart as CSV, in Attachment A's columns")
	ResponseEntity<String> csv(@PathVariable String providerId, @ParameterObject DateWindow window) {
		String body = AttachmentFormat.csv(chart(providerId, window));
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("evidence-" + providerId + ".csv").build().toString())
			.body(body);
	}

	@GetMapping(path = { "/api/providers/{providerId}/evidence", "/api/providers/{providerId}/evidence.html" },
			produces = MediaType.TEXT_HTML_VALUE)
	@Operation(summary = "A provider's evidence chart as a printable HTML page")
	ResponseEntity<String> html(@PathVariable String providerId, @ParameterObject DateWindow window) {
		return ResponseEntity.ok().contentType(HTML).body(AttachmentFormat.html(chart(providerId, window)));
	}

	private EvidenceChart chart(String providerId, DateWindow window) {
		return this.evidence.chart(providerId, window).orElseThrow(() -> NotFoundException.provider(providerId));
	}

}
