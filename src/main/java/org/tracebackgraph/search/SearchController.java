package org.tracebackgraph.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.tracebackgraph.web.BadParameterException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "Find a call, traceback, number, provider, campaign or registry filing")
class SearchController {

	static final int MAX_LENGTH = 200;

	private final SearchQueries search;

	SearchController(SearchQueries search) {
		this.search = search;
	}

	@GetMapping("/api/search")
	@Operation(summary = "What does this text name?",
			description = "A call id, traceback id, phone number in any form, provider id or name, campaign, RMD"
					+ " number or FRN. Exact identifiers come first (exact=true), then providers, campaigns and"
					+ " registry filings whose names contain the text (10 of each at most).")
	@ApiResponse(responseCode = "200", description = "The hits; none is an empty list")
	@ApiResponse(responseCode = "400", description = "No text, or more than 200 characters")
	SearchResult search(@Parameter(description = "the text, e.g. EX-C-1, (212) 555-0100, bandwidth") @RequestParam(
			required = false) String q) {
		if (q == null || q.isBlank()) {
			throw new BadParameterException("q", "is required: a call or traceback id, number, provider or campaign");
		}
		if (q.length() > MAX_LENGTH) {
			throw new BadParameterException("q", "must be at most " + MAX_LENGTH + " characters");
		}
		return this.search.search(q.strip());
	}

}
