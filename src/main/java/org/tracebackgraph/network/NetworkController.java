package org.tracebackgraph.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.tracebackgraph.web.BadParameterException;
import org.tracebackgraph.web.DateWindow;
import org.tracebackgraph.web.Page;
import org.tracebackgraph.web.Paging;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Provider network",
		description = "Who hands traffic to whom, and how calls get from one provider to another")
class NetworkController {

	static final int MAX_DEPTH = 6;

	static final int DEFAULT_NODES = 500;

	static final int MAX_NODES = 10_000;

	static final int MAX_HOPS = 10;

	static final int MAX_PATHS = 10;

	private static final String NETWORK = "The providers at their fewest hand-overs from this one (itself at 0), "
			+ "nearest first, then by id, each with the calls it moved along the network towards it. The hand-overs "
			+ "between them: …/edges. Unfiltered, from the maintained provider network (ROUTES_TO); with campaign or "
			+ "from/to, counted from the hops of the matching calls.";

	private static final String EDGES = "The hand-overs (in call direction, busiest first, then by the providers' "
			+ "ids) among the providers of the network: those on a route of at most depth hand-overs to or from the "
			+ "provider, whatever maxNodes cut from the network's providers.";

	private static final String DEPTH = "hand-overs from the provider, 1-6 (default 1)";

	private static final String CAMPAIGN = "only calls of this campaign";

	private static final String NODES = "most providers in the answer, the provider itself included, 1-10000 "
			+ "(default 500); truncated says whether more were in reach";

	private final NetworkQueries network;

	NetworkController(NetworkQueries network) {
		this.network = network;
	}

	@GetMapping("/api/providers/{providerId}/upstream")
	@Operation(summary = "Who keeps sending traffic to this provider: the providers upstream of it",
			description = NETWORK)
	@ApiResponse(responseCode = "200", description = "The providers upstream")
	@ApiResponse(responseCode = "400",
			description = "A parameter is out of range, or the filter matches too many calls")
	@ApiResponse(responseCode = "404", description = "No such provider or campaign")
	ProviderNetwork upstream(@PathVariable @Parameter(description = "provider id, e.g. big-carrier") String providerId,
			@RequestParam(required = false) @Parameter(description = DEPTH) Integer depth,
			@RequestParam(required = false) @Parameter(description = CAMPAIGN) String campaign,
			@ParameterObject DateWindow window,
			@RequestParam(required = false) @Parameter(description = NODES) Integer maxNodes) {
		return network(providerId, Direction.UPSTREAM, depth, campaign, window, maxNodes);
	}

	@GetMapping("/api/providers/{providerId}/downstream")
	@Operation(summary = "Whom this provider hands traffic to: the providers downstream of it", description = NETWORK)
	@ApiResponse(responseCode = "200", description = "The providers downstream")
	@ApiResponse(responseCode = "400",
			description = "A parameter is out of range, or the filter matches too many calls")
	@ApiResponse(responseCode = "404", description = "No such provider or campaign")
	ProviderNetwork downstream(
			@PathVariable @Parameter(description = "provider id, e.g. wholesale-one") String providerId,
			@RequestParam(required = false) @Parameter(description = DEPTH) Integer depth,
			@RequestParam(required = false) @Parameter(description = CAMPAIGN) String campaign,
			@ParameterObject DateWindow window,
			@RequestParam(required = false) @Parameter(description = NODES) Integer maxNodes) {
		return network(providerId, Direction.DOWNSTREAM, depth, campaign, window, maxNodes);
	}

	@GetMapping("/api/providers/{providerId}/upstream/edges")
	@Operation(summary = "The hand-overs of the network upstream of this provider, a page at a time",
			description = EDGES)
	@ApiResponse(responseCode = "200", description = "A page of hand-overs, busiest first")
	@ApiResponse(responseCode = "400",
			description = "A parameter is out of range, or the filter matches too many calls")
	@ApiResponse(responseCode = "404", description = "No such provider or campaign")
	Page<HandOver> upstreamEdges(
			@PathVariable @Parameter(description = "provider id, e.g. big-carrier") String providerId,
			@RequestParam(required = false) @Parameter(description = DEPTH) Integer depth,
			@RequestParam(required = false) @Parameter(description = CAMPAIGN) String campaign,
			@ParameterObject DateWindow window, @ParameterObject Paging paging) {
		return edges(providerId, Direction.UPSTREAM, depth, campaign, window, paging);
	}

	@GetMapping("/api/providers/{providerId}/downstream/edges")
	@Operation(summary = "The hand-overs of the network downstream of this provider, a page at a time",
			description = EDGES)
	@ApiResponse(responseCode = "200", description = "A page of hand-overs, busiest first")
	@ApiResponse(responseCode = "400",
			description = "A parameter is out of range, or the filter matches too many calls")
	@ApiResponse(responseCode = "404", description = "No such provider or campaign")
	Page<HandOver> downstreamEdges(
			@PathVariable @Parameter(description = "provider id, e.g. wholesale-one") String providerId,
			@RequestParam(required = false) @Parameter(description = DEPTH) Integer depth,
			@RequestParam(required = false) @Parameter(description = CAMPAIGN) String campaign,
			@ParameterObject DateWindow window, @ParameterObject Paging paging) {
		return edges(providerId, Direction.DOWNSTREAM, depth, campaign, window, paging);
	}

	@GetMapping("/api/paths")
	@Operation(summary = "How traffic gets from one provider to another: the shortest routes",
			description = "Routes along the provider network in call direction, never visiting a provider twice: fewest "
					+ "hand-overs first, then the busiest bottleneck (the fewest calls on any hand-over of the route). "
					+ "No route: an empty list.")
	@ApiResponse(responseCode = "200", description = "The routes, shortest first")
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
		int checkedMaxNodes = inRange("maxNodes", maxNodes, DEFAULT_NODES, MAX_NODES);
		return this.network.network(id, direction, checkedDepth, checkedMaxNodes, campaign(campaign), window);
	}

	private Page<HandOver> edges(String id, Direction direction, Integer depth, String campaign, DateWindow window,
			Paging paging) {
		int checkedDepth = inRange("depth", depth, 1, MAX_DEPTH);
		return this.network.handOvers(id, direction, checkedDepth, campaign(campaign), window, paging);
	}

	private static String campaign(String campaign) {
		return (campaign == null || campaign.isBlank()) ? null : campaign.strip();
	}

	private static int inRange(String name, Integer value, int defaultValue, int max) {
		int checked = (value != null) ? value : defaultValue;
		if (checked < 1 || checked > max) {
			throw new BadParameterException(name, "must be between 1 and " + max);
		}
		return checked;
	}

}
