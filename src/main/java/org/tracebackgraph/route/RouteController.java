package org.tracebackgraph.route;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.tracebackgraph.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Routes", description = "A call's route, hop by hop")
class RouteController {

	private final RouteQueries routes;

	RouteController(RouteQueries routes) {
		this.routes = routes;
	}

	@GetMapping("/api/tracebacks/{tracebackId}")
	@Operation(summary = "A traceback's route in call order, with where and why the chain breaks")
	@ApiResponse(responseCode = "404", description = "No such traceback")
	Route traceback(@PathVariable String tracebackId) {
		return this.routes.routeOfTraceback(tracebackId)
			.orElseThrow(() -> new NotFoundException("traceback", tracebackId));
	}

	@GetMapping("/api/calls/{callId}/route")
	@Operation(summary = "A call's route from its newest traceback, in call order",
			description = "Other tracebacks of the same call are listed in otherTracebackIds.")
	@ApiResponse(responseCode = "404", description = "No such call")
	Route callRoute(@PathVariable String callId) {
		return this.routes.routeOfCall(callId).orElseThrow(() -> new NotFoundException("call", callId));
	}

}
