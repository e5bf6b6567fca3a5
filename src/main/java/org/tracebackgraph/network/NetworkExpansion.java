package org.tracebackgraph.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A breadth-first walk from one provider over a list of hand-overs (those counted from
 * the calls a filter matched), the same walk the unfiltered Cypher queries make over
 * ROUTES_TO: each provider at its fewest hand-overs from the centre, up to a depth, with
 * the calls it moved towards the centre. Work is linear in the hand-overs given.
 *
 * @param center the centre
 * @param direction which side of it
 * @param depth hand-overs from the centre
 * @param distances every provider reached, and its distance
 * @param calls every provider reached, and its calls: upstream, those it handed to
 * providers one ring nearer the centre; downstream, those it received from them; the
 * centre's, all it took in (upstream) or handed on (downstream)
 * @param handOvers the hand-overs walked
 */
record NetworkExpansion(String center, Direction direction, int depth, Map<String, Integer> distances,
		Map<String, Long> calls, List<HandOver> handOvers) {

	static NetworkExpansion of(String center, Direction direction, int depth, List<HandOver> handOvers) {
		Map<String, List<HandOver>> byNearEnd = new HashMap<>();
		for (HandOver handOver : handOvers) {
			byNearEnd.computeIfAbsent(direction.nearEnd(handOver), id -> new ArrayList<>()).add(handOver);
		}
		Map<String, Integer> reached = new HashMap<>();
		Map<String, Long> calls = new HashMap<>();
		reached.put(center, 0);
		calls.put(center, 0L);
		List<String> frontier = List.of(center);
		for (int distance = 1; distance <= depth && !frontier.isEmpty(); distance++) {
			List<String> next = new ArrayList<>();
			for (String provider : frontier) {
				for (HandOver handOver : byNearEnd.getOrDefault(provider, List.of())) {
					String neighbour = direction.farEnd(handOver);
					if (reached.putIfAbsent(neighbour, distance) == null) {
						next.add(neighbour);
					}
					if (reached.get(neighbour) == distance) {
						calls.merge(neighbour, handOver.calls(), Long::sum);
					}
					if (distance == 1) {
						calls.merge(center, handOver.calls(), Long::sum);
					}
				}
			}
			frontier = next;
		}
		return new NetworkExpansion(center, direction, depth, reached, calls, handOvers);
	}

	/**
	 * @param maxNodes most providers kept, the centre included
	 * @return the nearest providers (then by id), and whether more were in reach
	 */
	Nearest nearest(int maxNodes) {
		List<String> kept = this.distances.keySet()
			.stream()
			.sorted(Comparator.<String, Integer>comparing(this.distances::get).thenComparing(Comparator.naturalOrder()))
			.limit(maxNodes)
			.toList();
		return new Nearest(kept, this.distances.size() > kept.size());
	}

	/**
	 * The hand-overs among the providers reached that lie on a route of at most depth
	 * hand-overs to or from the centre: those whose nearer end is less than depth away.
	 * @return them, busiest first, then by the providers' ids
	 */
	List<HandOver> edges() {
		return this.handOvers.stream()
			.filter(handOver -> this.distances.containsKey(this.direction.farEnd(handOver))
					&& this.distances.getOrDefault(this.direction.nearEnd(handOver), this.depth) < this.depth)
			.sorted(ProviderNetwork.EDGE_ORDER)
			.toList();
	}

	/**
	 * @param ids the providers kept, nearest first
	 * @param truncated whether more were in reach
	 */
	record Nearest(List<String> ids, boolean truncated) {

	}

}
