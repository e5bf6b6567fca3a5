package org.tracebackgraph.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.web.BadParameterException;
import org.tracebackgraph.web.DateWindow;
import org.tracebackgraph.web.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import static org.tracebackgraph.neo4j.Values.bool;
import static org.tracebackgraph.neo4j.Values.date;
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

	private final CypherQuery handOversInto = CypherQuery.load("queries/network/hand-overs-into-providers");

	private final CypherQuery handOversOutOf = CypherQuery.load("queries/network/hand-overs-out-of-providers");

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
		ProviderDetails center = providers(List.of(providerId)).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("provider", providerId));
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
			List<HandOver> handOvers = List.copyOf(this.neo4j.query(ring.text())
				.bind(frontier)
				.to("providerIds")
				.fetchAs(HandOver.class)
				.mappedBy((types, row) -> handOver(row))
				.all());
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

	private static HandOver handOver(org.neo4j.driver.types.MapAccessor edge) {
		return new HandOver(string(edge.get("from")), string(edge.get("to")),
				Optional.ofNullable(number(edge.get("calls"))).orElse(0L), date(edge.get("firstSeen")),
				date(edge.get("lastSeen")));
	}

	private record ProviderDetails(String id, String name, String country, Boolean foreign) {

	}

}
