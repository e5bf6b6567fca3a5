package org.tracebackgraph.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphReader;
import org.tracebackgraph.neo4j.Parameters;
import org.tracebackgraph.web.BadParameterException;
import org.tracebackgraph.web.DateWindow;
import org.tracebackgraph.web.NotFoundException;

import org.springframework.stereotype.Repository;

/**
 * Reads the provider network. Unfiltered questions are answered from the maintained
 * {@code ROUTES_TO} aggregates; filtered ones (campaign, call dates) from the hop chains
 * of the matching calls, because {@code ROUTES_TO} holds neither. Read transactions only,
 * so a cluster's secondaries can serve them.
 */
@Repository
class NetworkQueries {

	private final GraphReader graph;

	private final NetworkProperties properties;

	private final CypherQuery handOversInto = CypherQuery.load("queries/network/hand-overs-into-providers");

	private final CypherQuery handOversOutOf = CypherQuery.load("queries/network/hand-overs-out-of-providers");

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
		ProviderDetails center = providers(List.of(providerId)).stream()
			.findFirst()
			.orElseThrow(() -> NotFoundException.provider(providerId));
		List<HandOver> handOvers = (campaign == null && window.isOpen())
				? handOversWithin(center.id(), direction, depth) : handOvers(campaign, window);
		NetworkExpansion expansion = NetworkExpansion.of(center.id(), direction, depth, maxNodes, handOvers);
		List<ProviderNetwork.Node> nodes = new ArrayList<>();
		for (ProviderDetails provider : providers(List.copyOf(expansion.distances().keySet()))) {
			nodes.add(new ProviderNetwork.Node(provider.id(), provider.name(), provider.country(), provider.foreign(),
					expansion.distances().get(provider.id())));
		}
		return new ProviderNetwork(providerId, direction, depth, campaign, window.from(), window.to(),
				expansion.truncated(), nodes, expansion.edges());
	}

	/**
	 * The ROUTES_TO hand-overs within reach, ring by ring: one small query per hand-over
	 * of depth, each from the providers found by the last. (A single variable-length
	 * shortest-path query over ROUTES_TO took minutes on a dense provider network.) Stops
	 * early once more providers are reached than the answer keeps.
	 */
	private List<HandOver> handOversWithin(String center, Direction direction, int depth) {
		CypherQuery ring = (direction == Direction.UPSTREAM) ? this.handOversInto : this.handOversOutOf;
		List<HandOver> found = new ArrayList<>();
		Set<String> reached = new HashSet<>(List.of(center));
		List<String> frontier = List.of(center);
		for (int distance = 1; distance <= depth && !frontier.isEmpty(); distance++) {
			List<HandOver> handOvers = this.graph.list(ring, Parameters.of("providerIds", frontier), HandOver::of);
			found.addAll(handOvers);
			List<String> next = new ArrayList<>();
			for (HandOver handOver : handOvers) {
				String neighbour = direction.farEnd(handOver);
				if (reached.add(neighbour)) {
					next.add(neighbour);
				}
			}
			frontier = next;
		}
		return found;
	}

	private List<HandOver> handOvers(String campaign, DateWindow window) {
		Parameters parameters = Parameters.of("maxCalls", this.properties.maxFilteredCalls()).with(window);
		CypherQuery query = this.handOversInWindow;
		if (campaign != null) {
			parameters.and("campaign", campaign);
			query = this.handOversInCampaign;
		}
		record Result(boolean tooManyCalls, List<HandOver> edges) {
		}
		Result result = this.graph
			.one(query, parameters, (row) -> new Result(row.bool("tooManyCalls"), row.list("edges", HandOver::of)))
			.orElseThrow(() -> new NotFoundException("campaign", campaign));
		if (result.tooManyCalls()) {
			throw new BadParameterException((window.isOpen()) ? "campaign" : "from", "matches more than "
					+ this.properties.maxFilteredCalls() + " calls; narrow the call dates with 'from' and 'to'");
		}
		return result.edges();
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
		List<String> known = providers(List.of(from, to)).stream().map(ProviderDetails::id).toList();
		for (String providerId : List.of(from, to)) {
			if (!known.contains(providerId)) {
				throw NotFoundException.provider(providerId);
			}
		}
		List<ProviderPaths.Path> paths = this.graph.list(this.shortestRoutes,
				Parameters.of("from", from).and("to", to).and("maxHops", maxHops).and("k", k), ProviderPaths.Path::of);
		return new ProviderPaths(from, to, maxHops, k, paths);
	}

	private List<ProviderDetails> providers(List<String> providerIds) {
		return this.graph.list(this.providersById, Parameters.of("providerIds", providerIds),
				(row) -> new ProviderDetails(row.string("id"), row.string("name"), row.string("country"),
						row.boolOrNull("foreign")));
	}

	private record ProviderDetails(String id, String name, String country, Boolean foreign) {

	}

}
