package org.tracebackgraph.ui;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Overview", description = "What the graph holds")
class OverviewController {

	private final OverviewQueries overview;

	OverviewController(OverviewQueries overview) {
		this.overview = overview;
	}

	@GetMapping("/api/overview")
	@Operation(summary = "What the graph holds (counts of tracebacks, calls, providers, ...) and the newest letters")
	@ApiResponse(responseCode = "200", description = "The overview")
	Overview overview() {
		return this.overview.overview();
	}

}
