package org.tracebackgraph.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of both sides in one comparable form per metric. REST answers are read from
 * their JSON after the timed section, so parsing never counts as the app's time; a JSON
 * that does not have the contract's shape is an {@link IllegalArgumentException} saying
 * what is missing, which the check reports as a difference.
 */
final class Answers {

	/**
	 * Placed hops origin first (highest position first), then unplaced hops by provider
	 * id: the order of the app's route ({@code hops}, then {@code unplacedHops}).
	 */
	static final Comparator<Hop> CALL_ORDER = Comparator
		.comparing(Hop::position, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
		.thenComparing(Hop::providerId)
		.thenComparing(Hop::role);

	/** Nearest first, then by id: one order for both sides of M4. */
	static final Comparator<Reached> BY_DISTANCE = Comparator.comparingInt(Reached::distance)
		.thenComparing(Reached::providerId);

	private Answers() {
	}

	/**
	 * One hop of a route, as M2 compares it.
	 *
	 * @param position 0 = terminating; {@code null} when unplaced
	 * @param providerId the provider
	 * @param role its role on the call
	 */
	record Hop(Integer position, String providerId, String role) {

		@Override
		public String toString() {
			return "(" + this.position + ", " + this.providerId + ", " + this.role + ")";
		}

	}

	/**
	 * One row of the M3 top 20.
	 *
	 * @param providerId the provider
	 * @param calls tracebacks with at least one hop by it in the asked role
	 */
	record Ranked(String providerId, long calls) {

		@Override
		public String toString() {
			return "(" + this.providerId + ", " + this.calls + ")";
		}

	}

	/**
	 * One provider reached by M4's walk.
	 *
	 * @param providerId the provider
	 * @param distance the fewest hand-overs between it and the centre
	 */
	record Reached(String providerId, int distance) {

		@Override
		public String toString() {
			return "(" + this.providerId + ", " + this.distance + ")";
		}

	}

	/**
	 * M4's REST answer.
	 *
	 * @param center the centre the app names
	 * @param truncated whether a cap cut the answer
	 * @param nodes every node, the centre included, in the answer's order
	 */
	record Upstream(String center, boolean truncated, List<Reached> nodes) {

	}

	/** The hops of {@code GET /api/calls/{id}/route}, in the answer's order. */
	static List<Hop> route(String json) {
		JsonNode route = read(json);
		List<Hop> hops = new ArrayList<>();
		for (JsonNode hop : array(route, "hops", "route")) {
			hops.add(hop(hop));
		}
		JsonNode unplaced = route.get("unplacedHops");
		if (unplaced != null && unplaced.isArray()) {
			unplaced.forEach((hop) -> hops.add(hop(hop)));
		}
		return hops;
	}

	/**
	 * The items of {@code GET /api/providers/ranking?role=R}: each provider's id and its
	 * calls in role R ({@code byRole.<r>}).
	 */
	static List<Ranked> ranking(String json, String role) {
		String field = role.toLowerCase(Locale.ROOT);
		List<Ranked> ranked = new ArrayList<>();
		for (JsonNode item : array(read(json), "items", "ranking page")) {
			JsonNode calls = item.path("byRole").path(field);
			if (!calls.isIntegralNumber()) {
				throw new IllegalArgumentException("ranking item without byRole." + field + ": " + item);
			}
			ranked.add(new Ranked(text(item.path("provider"), "id", "ranking item's provider"), calls.asLong()));
		}
		return ranked;
	}

	/**
	 * {@code GET /api/providers/{id}/upstream} in the shape of the network rework:
	 * {@code {center, direction, depth, truncated, nodes: [{id, name, country, foreign?,
	 * distance, calls}]}}, no {@code edges} (they are paged apart). The shape before the
	 * rework (nodes without calls, every edge inline) is refused.
	 */
	static Upstream upstream(String json) {
		JsonNode answer = read(json);
		if (answer.has("edges")) {
			throw new IllegalArgumentException("the upstream answer has an 'edges' field: the shape before the "
					+ "network rework (edges inline), not {center, direction, depth, truncated, nodes}");
		}
		JsonNode truncated = answer.get("truncated");
		if (truncated == null || !truncated.isBoolean()) {
			throw new IllegalArgumentException("the upstream answer has no boolean 'truncated'");
		}
		List<Reached> nodes = new ArrayList<>();
		for (JsonNode node : array(answer, "nodes", "upstream answer")) {
			if (!node.path("distance").isIntegralNumber() || !node.path("calls").isIntegralNumber()) {
				throw new IllegalArgumentException("upstream node without integer distance and calls: " + node);
			}
			nodes.add(new Reached(text(node, "id", "upstream node"), node.get("distance").asInt()));
		}
		return new Upstream(text(answer, "center", "upstream answer"), truncated.asBoolean(), nodes);
	}

	private static Hop hop(JsonNode hop) {
		JsonNode position = hop.path("position");
		return new Hop(position.isIntegralNumber() ? position.asInt() : null,
				text(hop.path("provider"), "id", "hop's provider"), text(hop, "role", "hop"));
	}

	private static JsonNode read(String json) {
		return JsonMapper.shared().readTree(json);
	}

	private static JsonNode array(JsonNode parent, String field, String what) {
		JsonNode array = parent.get(field);
		if (array == null || !array.isArray()) {
			throw new IllegalArgumentException(what + " without an array '" + field + "'");
		}
		return array;
	}

	private static String text(JsonNode parent, String field, String what) {
		JsonNode value = parent.get(field);
		if (value == null || !value.isString()) {
			throw new IllegalArgumentException(what + " without a string '" + field + "': " + parent);
		}
		return value.asString();
	}

}
