package org.tracebackgraph.network;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.tracebackgraph.neo4j.Row;

/**
 * The providers around one provider: each at its distance from the centre (in hand-overs)
 * with the calls it moved towards the centre. The hand-overs between them are a separate,
 * paged answer ({@code …/edges}): a busy provider's network holds tens of thousands of
 * them.
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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The providers around one provider, each at its fewest hand-overs from it")
record ProviderNetwork(String center, Direction direction, int depth, String campaign, LocalDate from, LocalDate to,
		boolean truncated, List<Node> nodes) {

	/** Nodes nearest first, then by id. */
	static final Comparator<Node> NODE_ORDER = Comparator.comparingInt(Node::distance).thenComparing(Node::id);

	/** Hand-overs busiest first, then by the providers' ids. */
	static final Comparator<HandOver> EDGE_ORDER = Comparator.comparingLong(HandOver::calls)
		.reversed()
		.thenComparing(HandOver::from)
		.thenComparing(HandOver::to);

	ProviderNetwork {
		nodes = nodes.stream().sorted(NODE_ORDER).toList();
	}

	/**
	 * A provider in the network.
	 *
	 * @param id the provider's id
	 * @param name its name
	 * @param country ISO 3166 country code
	 * @param foreign whether the country is not the US
	 * @param distance the fewest hand-overs between it and the centre
	 * @param calls upstream: the calls it handed to providers one hand-over nearer the
	 * centre; downstream: the calls it received from them; the centre: all the calls
	 * handed to it (upstream) or by it (downstream)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(description = "A provider in the network, with the calls it moved along it towards the centre")
	record Node(String id, String name, String country, Boolean foreign, int distance, long calls) {

		static Node of(Row row) {
			return new Node(row.string("id"), row.string("name"), row.string("country"), row.boolOrNull("foreign"),
					row.intValue("distance"), row.longValue("calls"));
		}

	}

}
