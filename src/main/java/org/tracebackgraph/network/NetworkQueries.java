package org.tracebackgraph.network;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphReader;
import org.tracebackgraph.neo4j.Parameters;
import org.tracebackgraph.neo4j.ReadTx;
import org.tracebackgraph.web.BadParameterException;
import org.tracebackgraph.web.DateWindow;
import org.tracebackgraph.web.NotFoundException;
import org.tracebackgraph.web.Page;
import org.tracebackgraph.web.Paging;

import org.springframework.stereotype.Repository;

/**
 * Reads the provider network. Unfiltered questions are answered from the maintained
 * {@code ROUTES_TO} aggregates, each by one query; filtered ones (campaign, call dates)
 * from the hop chains of the matching calls, because {@code ROUTES_TO} holds neither, and
 * walked in Java. Read transactions only, so a cluster's secondaries can serve them.
 */
@Repository
class NetworkQueries {

	private final GraphReader graph;

	private final NetworkProperties properties;

	private final CypherQuery upstream = CypherQuery.load("queries/network/upstream-of-provider");

	private final CypherQuery downstream = CypherQuery.load("queries/network/downstream-of-provider");

	private final CypherQuery handOversUpstream = CypherQuery.load("queries/network/hand-overs-upstream-of-provider");

	private final CypherQuery handOversDownstream = CypherQuery
		.load("queries/network/hand-overs-downstream-of-provider");

	private final CypherQuery handOversInCampaign = CypherQuery.load("queries/network/hand-overs-in-campaign");

	private final CypherQuery handOversInWindow = CypherQuery.load("queries/network/hand-overs-in-window");

	private final CypherQuery providersById = CypherQuery.load("queries/network/providers-by-id");

	private final CypherQuery shortestRoutes = CypherQuery.load("queries/network/shortest-routes-between-providers");

	NetworkQueries(GraphReader graph, NetworkProperties properties) {
		this.graph = graph;
		this.properties = properties;
	}

	/**
	 * @param providerId the centre
	 * @param direction which side of it
	 * @param depth hand-overs from the centre, 1 to 6
	 * @param maxNodes most providers in the answer, the centre included
	 * @param campaign only hand-overs of this campaign's calls, or {@code null}
	 * @param window only hand-overs of calls made in this window
	 * @return the network
	 * @throws NotFoundException for an unknown provider or campaign
	 * @throws BadParameterException when the filter matches too many calls
	 */
	ProviderNetwork network(String providerId, Direction direction, int depth, int maxNodes, String campaign,
			DateWindow window) {
		if (campaign == null && window.isOpen()) {
			CypherQuery query = (direction == Direction.UPSTREAM) ? this.upstream : this.downstream;
			return this.graph
				.one(query, Parameters.of("providerId", providerId).and("depth", depth).and("maxNodes", maxNodes),
						(row) -> new ProviderNetwork(providerId, direction, depth, null, null, null,
								row.bool("truncated"), row.list("nodes", ProviderNetwork.Node::of)))
				.orElseThrow(() -> NotFoundException.provider(providerId));
		}
		return this.graph.read((tx) -> {
			NetworkExpansion expansion = filtered(tx, providerId, direction, depth, campaign, window);
			NetworkExpansion.Nearest nearest = expansion.nearest(maxNodes);
			List<ProviderNetwork.Node> nodes = providers(tx, nearest.ids()).stream()
				.map((provider) -> new ProviderNetwork.Node(provider.id(), provider.name(), provider.country(),
						provider.foreign(), expansion.distances().get(provider.id()),
						expansion.calls().get(provider.id())))
				.toList();
			return new ProviderNetwork(providerId, direction, depth, campaign, window.from(), window.to(),
					nearest.truncated(), nodes);
		});
	}

	/**
	 * The hand-overs among the providers of the network: those on routes of at most
	 * {@code depth} hand-overs to or from the centre, busiest first, then by the
	 * providers' ids.
	 * @throws NotFoundException for an unknown provider or campaign
	 * @throws BadParameterException when the filter matches too many calls
	 */
	Page<HandOver> handOvers(String providerId, Direction direction, int depth, String campaign, DateWindow window,
			Paging paging) {
		if (campaign == null && window.isOpen()) {
			CypherQuery query = (direction == Direction.UPSTREAM) ? this.handOversUpstream : this.handOversDownstream;
			List<HandOver> fetched = this.graph
				.one(query, Parameters.of("providerId", providerId).and("depth", depth).with(paging),
						(row) -> row.list("handOvers", HandOver::of))
				.orElseThrow(() -> NotFoundException.provider(providerId));
			return Page.of(fetched.stream().sorted(ProviderNetwork.EDGE_ORDER).toList(), paging);
		}
		// The filtered hand-overs are counted in full to be walked, so they are paged
		// here.
		List<HandOver> edges = this.graph
			.read((tx) -> filtered(tx, providerId, direction, depth, campaign, window).edges());
		return Page.of(edges.stream().skip(paging.skip()).limit(paging.limit()).toList(), paging);
	}

	private NetworkExpansion filtered(ReadTx tx, String providerId, Direction direction, int depth, String campaign,
			DateWindow window) {
		if (providers(tx, List.of(providerId)).isEmpty()) {
			throw NotFoundException.provider(providerId);
		}
		Parameters parameters = Parameters.of("maxCalls", this.properties.maxFilteredCalls()).with(window);
		CypherQuery query = this.handOversInWindow;
		if (campaign != null) {
			parameters.and("campaign", campaign);
			query = this.handOversInCampaign;
		}
		record Result(boolean tooManyCalls, List<HandOver> edges) {
		}
		Result result = tx
			.one(query, parameters, (row) -> new Result(row.bool("tooManyCalls"), row.list("edges", HandOver::of)))
			.orElseThrow(() -> new NotFoundException("campaign", campaign));
		if (result.tooManyCalls()) {
			throw new BadParameterException((window.isOpen()) ? "campaign" : "from", "matches more than "
					+ this.properties.maxFilteredCalls() + " calls; narrow the call dates with 'from' and 'to'");
		}
		return NetworkExpansion.of(providerId, direction, depth, result.edges());
	}

	/**
	 * @param from the first provider, upstream
	 * @param to the last provider, downstream
	 * @param maxHops most hand-overs on a route, 1 to 10
	 * @param k most routes, 1 to 10
	 * @return the shortest routes, none when no route is known
	 * @throws NotFoundException for an unknown provider
	 */
	ProviderPaths paths(String from, String to, int maxHops, int k) {
		return this.graph.read((tx) -> {
			Map<String, ProviderDetails> known = providers(tx, List.of(from, to)).stream()
				.collect(Collectors.toMap(ProviderDetails::id, Function.identity()));
			for (String providerId : List.of(from, to)) {
				if (!known.containsKey(providerId)) {
					throw NotFoundException.provider(providerId);
				}
			}
			List<ProviderPaths.Path> paths = tx.list(this.shortestRoutes,
					Parameters.of("from", from).and("to", to).and("maxHops", maxHops).and("k", k),
					ProviderPaths.Path::of);
			return new ProviderPaths(from, to, maxHops, k, paths);
		});
	}

	private List<ProviderDetails> providers(ReadTx tx, List<String> providerIds) {
		return tx.list(this.providersById, Parameters.of("providerIds", providerIds),
				(row) -> new ProviderDetails(row.string("id"), row.string("name"), row.string("country"),
						row.boolOrNull("foreign")));
	}

	private record ProviderDetails(String id, String name, String country, Boolean foreign) {

	}

}
