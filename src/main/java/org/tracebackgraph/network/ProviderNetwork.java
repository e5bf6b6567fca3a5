package org.tracebackgraph.network;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The providers around one provider, ready to draw: nodes at their distance from the
 * centre (in hand-overs) and the hand-overs between them, always in call direction.
 *
 * @param center the provider in the middle
 * @param direction UPSTREAM (who sends it traffic) or DOWNSTREAM (whom it hands traffic
 * to)
 * @param depth how many hand-overs away from the centre the network reaches
 * @param campaign the campaign whose calls the hand-overs were counted from, if filtered
 * @param from the first call date counted, if filtered
 * @param to the last call date counted, if filtered
 * @param truncated whether more providers were in reach than the answer holds
 * @param nodes the providers, the centre first (distance 0), then nearest first and by id
 * @param edges the hand-overs on routes of at most {@code depth} hand-overs to or from
 * the centre, busiest first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The provider network around one provider, ready to draw")
record ProviderNetwork(String center, Direction direction, int depth, String campaign, LocalDate from, LocalDate to,
		boolean truncated, List<Node> nodes, List<HandOver> edges) {

	/** Nodes nearest first, then by id. */
	static final Comparator<Node> NODE_ORDER = Comparator.comparingInt(Node::distance).thenComparing(Node::id);

	/** Edges busiest first, then by the providers' ids. */
	static final Comparator<HandOver> EDGE_ORDER = Comparator.comparingLong(HandOver::calls)
		.reversed()
		.thenComparing(HandOver::from)
		.thenComparing(HandOver::to);

	ProviderNetwork {
		nodes = nodes.stream().sorted(NODE_ORDER).toList();
		edges = edges.stream().sorted(EDGE_ORDER).toList();
	}

	/**
	 * A provider in the network.
	 *
	 * @param id the provider's id
	 * @param name its name
	 * @param country ISO 3166 country code
	 * @param foreign whether the country is not the US
	 * @param distance the fewest hand-overs between it and the centre
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Node(String id, String name, String country, Boolean foreign, int distance) {

	}

}
