package org.tracebackgraph.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.tracebackgraph.web.BadParameterException;
import org.springdoc.core.annotations.ParameterObject;
import org.tracebackgraph.web.DateWindow;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Provider network",
		description = "Who hands traffic to whom, and how calls get from one provider to another")
class NetworkController {

	static final int MAX_DEPTH = 6;

	static final int MAX_NODES = 500;

	static final int MAX_HOPS = 10;

	static final int MAX_PATHS = 10;

	private final NetworkQueries network;

	NetworkController(NetworkQueries network) {
		this.network = network;
	}

	@GetMapping("/api/providers/{providerId}/upstream")
	@Operation(summary = "Who keeps sending traffic to this provider: the providers upstream of it",
			description = "Nodes at their distance in hand-overs (the provider itself at 0) and the hand-overs between "
					+ "them, in call direction. Unfiltered, from the maintained provider network (ROUTES_TO); with "
					+ "campaign or from/to, counted from the hops of the matching calls.")
	@ApiResponse(responseCode = "400",
			description = "A parameter is out of range, or the filter matches too many calls")
	@ApiResponse(responseCode = "404", description = "No such provider or campaign")
	ProviderNetwork upstream(@PathVariable @Parameter(description = "provider id, e.g. big-carrier") String providerId,
			@RequestParam(required = false) @Parameter(
					description = "hand-overs from the provider, 1-6 (default 1)") Integer depth,
			@RequestParam(required = false) @Parameter(description = "only calls of this campaign") String campaign,
			@ParameterObject DateWindow window,
			@RequestParam(required = false) @Parameter(description = "most providers in the answer, the provider "
					+ "itself included, 1-500 (default 500); truncated says whether more were in reach") Integer maxNodes) {
		return network(providerId, Direction.UPSTREAM, depth, campaign, window, maxNodes);
	}

	@GetMapping("/api/providers/{providerId}/downstream")
	@Operation(summary = "Whom this provider hands traffic to: the providers downstream of it",
			description = "Nodes at their distance in hand-overs (the provider itself at 0) and the hand-overs between "
					+ "them, in call direction. Unfiltered, from the maintained provider network (ROUTES_TO); with "
					+ "campaign or from/to, counted from the hops of the matching calls.")
	@ApiResponse(responseCode = "400",
			description = "A parameter is out of range, or the filter matches too many calls")
	@ApiResponse(responseCode = "404", description = "No such provider or campaign")
	ProviderNetwork downstream(
			@PathVariable @Parameter(description = "provider id, e.g. wholesale-one") String providerId,
			@RequestParam(required = false) @Parameter(
					description = "hand-overs from the provider, 1-6 (default 1)") Integer depth,
			@RequestParam(required = false) @Parameter(description = "only calls of this campaign") String campaign,
			@ParameterObject DateWindow window,
			@RequestParam(required = false) @Parameter(description = "most providers in the answer, the provider "
					+ "itself included, 1-500 (default 500); truncated says whether more were in reach") Integer maxNodes) {
		return network(providerId, Direction.DOWNSTREAM, depth, campaign, window, maxNodes);
	}

	@GetMapping("/api/paths")
	@Operation(summary = "How traffic gets from one provider to another: the shortest routes",
			description = "Routes along the provider network in call direction, never visiting a provider twice: fewest "
					+ "hand-overs first, then the busiest bottleneck (the fewest calls on any hand-over of the route). "
					+ "No route: an empty list.")
	@ApiResponse(responseCode = "400", description = "A parameter is out of range, or from and to are the same")
	@ApiResponse(responseCode = "404", description = "No such provider")
	ProviderPaths paths(@RequestParam @Parameter(description = "provider the routes start at (upstream)") String from,
			@RequestParam @Parameter(description = "provider the routes end at (downstream)") String to,
			@RequestParam(required = false) @Parameter(
					description = "most hand-overs on a route, 1-10 (default 6)") Integer maxHops,
			@RequestParam(required = false) @Parameter(description = "most routes, 1-10 (default 3)") Integer k) {
		int hops = inRange("maxHops", maxHops, 6, MAX_HOPS);
		int routes = inRange("k", k, 3, MAX_PATHS);
		if (from.strip().equals(to.strip())) {
			throw new BadParameterException("to", "must name another provider than 'from'");
		}
		return this.network.paths(from.strip(), to.strip(), hops, routes);
	}

	private ProviderNetwork network(String id, Direction direction, Integer depth, String campaign, DateWindow window,
			Integer maxNodes) {
		int checkedDepth = inRange("depth", depth, 1, MAX_DEPTH);
		int checkedMaxNodes = inRange("maxNodes", maxNodes, MAX_NODES, MAX_NODES);
		String checkedCampaign = (campaign == null || campaign.isBlank()) ? null : campaign.strip();
		return this.network.network(id, direction, checkedDepth, checkedMaxNodes, checkedCampaign, window);
	}

	private static int inRange(String name, Integer value, int defaultValue, int max) {
		int checked = (value != null) ? value : defaultValue;
		if (checked < 1 || checked > max) {
			throw new BadParameterException(name, "must be between 1 and " + max);
		}
		return checked;
	}

}
