package org.tracebackgraph.network;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.tracebackgraph.TestTracebacks.Traceback;

import static org.tracebackgraph.TestTracebacks.GATEWAY;
import static org.tracebackgraph.TestTracebacks.INTERMEDIATE;
import static org.tracebackgraph.TestTracebacks.ORIGINATING;
import static org.tracebackgraph.TestTracebacks.TERMINATING;
import static org.tracebackgraph.TestTracebacks.hop;
import static org.tracebackgraph.TestTracebacks.traceback;

/**
 * A small provider network for the network tests, and the JSON they expect. Five calls,
 * in call order (origin first); campaigns K and S:
 *
 * <pre>
 * T1 2024-01-05 K  robo -> whole -> acme
 * T2 2024-02-10 K  robo -> whole -> big -> acme
 * T3 2024-03-15 S  overseas (IN) -> gw -> big -> acme
 * T4 2024-04-20 S  spam -> least -> acme
 * T5 2024-05-25 K  big -> metro
 * </pre>
 *
 * Its ROUTES_TO edges: robo>whole 2, big>acme 2, and 1 each for whole>acme, whole>big,
 * overseas>gw, gw>big, spam>least, least>acme, big>metro. Upstream of acme: big, least
 * and whole at 1; gw, robo, spam at 2; overseas at 3; metro never (it only receives).
 */
final class NetworkGraphs {

	private NetworkGraphs() {
	}

	static Traceback[] fiveCalls() {
		return new Traceback[] { traceback("T1").on("2024-01-05").campaign("K").route("robo", "whole", "acme"),
				traceback("T2").on("2024-02-10").campaign("K").route("robo", "whole", "big", "acme"),
				traceback("T3").on("2024-03-15")
					.campaign("S")
					.hops(hop(3, "overseas", ORIGINATING).in("IN"), hop(2, "gw", GATEWAY), hop(1, "big", INTERMEDIATE),
							hop(0, "acme", TERMINATING)),
				traceback("T4").on("2024-04-20").campaign("S").route("spam", "least", "acme"),
				traceback("T5").on("2024-05-25").campaign("K").route("big", "metro") };
	}

	/**
	 * The answer's fields before its nodes; filters as {@code campaign=K}, {@code to=…}.
	 */
	static String network(String center, String direction, int depth, boolean truncated, String... filters) {
		StringBuilder out = new StringBuilder(
				"{\"center\": \"" + center + "\", \"direction\": \"" + direction + "\", \"depth\": " + depth);
		for (String filter : filters) {
			String[] parts = filter.split("=", 2);
			out.append(", \"").append(parts[0]).append("\": \"").append(parts[1]).append('"');
		}
		return out.append(", \"truncated\": ").append(truncated).toString();
	}

	/** Nodes as {@code id:distance:calls}; the provider's name is its id. */
	static String nodes(String... nodes) {
		return Arrays.stream(nodes).map(node -> {
			String[] parts = node.split(":");
			String country = "overseas".equals(parts[0]) ? "IN" : "US";
			return "{\"id\": \"" + parts[0] + "\", \"name\": \"" + parts[0] + "\", \"country\": \"" + country
					+ "\", \"foreign\": " + !"US".equals(country) + ", \"distance\": " + parts[1] + ", \"calls\": "
					+ parts[2] + "}";
		}).collect(Collectors.joining(", ", ", \"nodes\": [", "]}"));
	}

	/** Hand-overs as {@code from>to calls firstSeen [lastSeen]}. */
	static String edges(String... edges) {
		return Arrays.stream(edges).map(edge -> {
			String[] parts = edge.split("[> ]");
			String lastSeen = (parts.length > 4) ? parts[4] : parts[3];
			return "{\"from\": \"" + parts[0] + "\", \"to\": \"" + parts[1] + "\", \"calls\": " + parts[2]
					+ ", \"firstSeen\": \"" + parts[3] + "\", \"lastSeen\": \"" + lastSeen + "\"}";
		}).collect(Collectors.joining(", ", "[", "]"));
	}

	/** A page of hand-overs. */
	static String page(int page, int size, boolean hasMore, String... edges) {
		return "{\"items\": " + edges(edges) + ", \"page\": " + page + ", \"size\": " + size + ", \"hasMore\": "
				+ hasMore + "}";
	}

}
