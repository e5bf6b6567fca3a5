package org.tracebackgraph.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.web.BadParameterException;
import org.tracebackgraph.web.DateWindow;
import org.tracebackgraph.web.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import static org.tracebackgraph.neo4j.Values.bool;
import static org.tracebackgraph.neo4j.Values.date;
import static org.tracebackgraph.neo4j.Values.integer;
import static org.tracebackgraph.neo4j.Values.number;
import static org.tracebackgraph.neo4j.Values.string;

/**
 * Reads the provider network. Unfiltered questions are answered from the maintained
 * {@code ROUTES_TO} aggregates; filtered ones (campaign, call dates) from the hop chains
 * of the matching calls, because {@code ROUTES_TO} holds neither. Read transactions only,
 * so a cluster's secondaries can serve them.
 */
@Repository
@Transactional(readOnly = true)
class NetworkQueries {

	private final Neo4jClient neo4j;

	private final NetworkProperties properties;

	private final CypherQuery upstreamProviders = CypherQuery.load("queries/network/upstream-providers");

	private final CypherQuery downstreamProviders = CypherQuery.load("queries/network/downstream-providers");

	private final CypherQuery handOversInCampaign = CypherQuery.load("queries/network/hand-overs-in-campaign");

	private final CypherQuery handOversInWindow = CypherQuery.load("queries/network/hand-overs-in-window");

	private final CypherQuery providersById = CypherQuery.load("queries/network/providers-by-id");

	private final CypherQuery shortestRoutes = CypherQuery.load("queries/network/shortest-routes-between-providers");

	NetworkQueries(Neo4jClient neo4j, NetworkProperties properties) {
		this.neo4j = neo4j;
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
			return fromRoutes(providerId, direction, depth, maxNodes);
		}
		ProviderDetails center = providers(List.of(providerId)).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("provider", providerId));
		List<HandOver> handOvers = handOvers(campaign, window);
		NetworkExpansion expansion = NetworkExpansion.of(center.id(), direction, depth, maxNodes, handOvers);
		List<ProviderNetwork.Node> nodes = new ArrayList<>();
		for (ProviderDetails provider : providers(List.copyOf(expansion.distances().keySet()))) {
			nodes.add(new ProviderNetwork.Node(provider.id(), provider.name(), provider.country(), provider.foreign(),
					expansion.distances().get(provider.id())));
		}
		return new ProviderNetwork(providerId, direction, depth, campaign, window.from(), window.to(),
				expansion.truncated(), nodes, expansion.edges());
	}

	private ProviderNetwork fromRoutes(String providerId, Direction direction, int depth, int maxNodes) {
		CypherQuery query = (direction == Direction.UPSTREAM) ? this.upstreamProviders : this.downstreamProviders;
		return this.neo4j.query(query.text())
			.bindAll(Map.of("providerId", providerId, "depth", depth, "maxNodes", maxNodes))
			.fetchAs(ProviderNetwork.class)
			.mappedBy((types, row) -> new ProviderNetwork(providerId, direction, depth, null, null, null,
					row.get("truncated").asBoolean(),
					row.get("nodes")
						.asList(node -> new ProviderNetwork.Node(string(node.get("id")), string(node.get("name")),
								string(node.get("country")), bool(node.get("foreign")), integer(node.get("distance")))),
					row.get("edges").asList(NetworkQueries::handOver)))
			.one()
			.orElseThrow(() -> new NotFoundException("provider", providerId));
	}

	private List<HandOver> handOvers(String campaign, DateWindow window) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", window.from());
		parameters.put("to", window.to());
		parameters.put("maxCalls", this.properties.maxFilteredCalls());
		CypherQuery query = this.handOversInWindow;
		if (campaign != null) {
			parameters.put("campaign", campaign);
			query = this.handOversInCampaign;
		}
		record Result(boolean tooManyCalls, List<HandOver> edges) {
		}
		Result result = this.neo4j.query(query.text())
			.bindAll(parameters)
			.fetchAs(Result.class)
			.mappedBy((types, row) -> new Result(row.get("tooManyCalls").asBoolean(),
					row.get("edges").asList(NetworkQueries::handOver)))
			.one()
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
				throw new NotFoundException("provider", providerId);
			}
		}
		List<ProviderPaths.Path> paths = List.copyOf(this.neo4j.query(this.shortestRoutes.text())
			.bindAll(Map.of("from", from, "to", to, "maxHops", maxHops, "k", k))
			.fetchAs(ProviderPaths.Path.class)
			.mappedBy((types, row) -> new ProviderPaths.Path(row.get("hops").asInt(), row.get("bottleneck").asLong(),
					row.get("providers")
						.asList(provider -> new ProviderPaths.Provider(string(provider.get("id")),
								string(provider.get("name")))),
					row.get("edges").asList(NetworkQueries::handOver)))
			.all());
		return new ProviderPaths(from, to, maxHops, k, paths);
	}

	private List<ProviderDetails> providers(List<String> providerIds) {
		return List.copyOf(this.neo4j.query(this.providersById.text())
			.bindAll(Map.of("providerIds", providerIds))
			.fetchAs(ProviderDetails.class)
			.mappedBy((types, row) -> new ProviderDetails(string(row.get("id")), string(row.get("name")),
					string(row.get("country")), bool(row.get("foreign"))))
			.all());
	}

	private static HandOver handOver(Value edge) {
		return new HandOver(string(edge.get("from")), string(edge.get("to")),
				Optional.ofNullable(number(edge.get("calls"))).orElse(0L), date(edge.get("firstSeen")),
				date(edge.get("lastSeen")));
	}

	private record ProviderDetails(String id, String name, String country, Boolean foreign) {

	}

}
