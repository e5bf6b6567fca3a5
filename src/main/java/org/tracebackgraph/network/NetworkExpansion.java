package org.tracebackgraph.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A breadth-first walk from one provider over a list of hand-overs, the same walk the
 * unfiltered Cypher queries make over ROUTES_TO: each provider at its fewest hand-overs
 * from the centre, up to a depth, the nearest (then by id) kept up to a number of
 * providers, and the hand-overs among the kept providers that lie on a route of at most
 * depth hand-overs to or from the centre. Work is linear in the hand-overs given.
 *
 * @param distances the kept providers and their distances, nearest first, then by id
 * @param edges the kept hand-overs
 * @param truncated whether more providers were in reach than kept
 */
record NetworkExpansion(Map<String, Integer> distances, List<HandOver> edges, boolean truncated) {

	static NetworkExpansion of(String center, Direction direction, int depth, int maxNodes, List<HandOver> handOvers) {
		Map<String, List<HandOver>> byNearEnd = new HashMap<>();
		for (HandOver handOver : handOvers) {
			byNearEnd.computeIfAbsent(direction.nearEnd(handOver), id -> new ArrayList<>()).add(handOver);
		}
		Map<String, Integer> reached = new HashMap<>();
		reached.put(center, 0);
		List<String> frontier = List.of(center);
		for (int distance = 1; distance <= depth && !frontier.isEmpty(); distance++) {
			List<String> next = new ArrayList<>();
			for (String provider : frontier) {
				for (HandOver handOver : byNearEnd.getOrDefault(provider, List.of())) {
					String neighbour = direction.farEnd(handOver);
					if (reached.putIfAbsent(neighbour, distance) == null) {
						next.add(neighbour);
					}
				}
			}
			frontier = next;
		}
		Map<String, Integer> kept = new LinkedHashMap<>();
		reached.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.limit(maxNodes)
			.forEach(entry -> kept.put(entry.getKey(), entry.getValue()));
		List<HandOver> edges = handOvers.stream()
			.filter(handOver -> kept.containsKey(handOver.from()) && kept.containsKey(handOver.to())
					&& kept.get(direction.nearEnd(handOver)) < depth)
			.toList();
		return new NetworkExpansion(kept, edges, reached.size() > kept.size());
	}

}
