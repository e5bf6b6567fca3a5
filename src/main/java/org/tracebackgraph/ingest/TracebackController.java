package org.tracebackgraph.ingest;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.tracebackgraph.ingest.TracebackIngest.ParsedItem;
import org.tracebackgraph.web.InputError;
import org.tracebackgraph.web.InvalidInputException;
import org.tracebackgraph.web.JsonErrors;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Ingest", description = "Load tracebacks, CSV files and letters")
class TracebackController {

	private final TracebackIngest ingest;

	private final JsonMapper mapper;

	TracebackController(TracebackIngest ingest, JsonMapper mapper) {
		this.ingest = ingest;
		this.mapper = mapper;
	}

	@PostMapping(path = "/api/tracebacks", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ingest one traceback or an array of them",
			description = "Idempotent by tracebackId: the same traceback again changes nothing; a changed one"
					+ " replaces its hops. A request with any invalid item is rejected whole (422) with every error.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(oneOf = { TracebackRequest.class, TracebackRequest[].class }))))
	@ApiResponse(responseCode = "200", description = "Written; counts of created, replaced and unchanged tracebacks")
	@ApiResponse(responseCode = "422", description = "Invalid items; nothing written",
			content = @Content(mediaType = "application/problem+json"))
	ImportSummary ingest(@RequestBody JsonNode body) {
		List<ParsedItem> items = new ArrayList<>();
		if (body.isArray()) {
			for (int i = 0; i < body.size(); i++) {
				items.add(read(body.get(i), i));
			}
		}
		else if (body.isObject()) {
			items.add(read(body, 0));
		}
		else {
			throw InvalidInputException.malformed("The body must be a traceback object or an array of them",
					InputError.of("body", "must be a JSON object or array"));
		}
		return this.ingest.ingest(items);
	}

	private ParsedItem read(JsonNode node, int index) {
		if (!node.isObject()) {
			return new ParsedItem(null, InputError.atIndex(index, "body", "must be a traceback object"));
		}
		try {
			return new ParsedItem(this.mapper.treeToValue(node, TracebackRequest.class), null);
		}
		catch (JacksonException ex) {
			InputError error = JsonErrors.describe(ex);
			return new ParsedItem(null, InputError.atIndex(index, error.field(), error.reason()));
		}
	}

}
