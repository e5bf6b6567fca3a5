package org.tracebackgraph.ingest;

import java.util.ArrayList;
import java.util.List;

import org.tracebackgraph.model.HopResponse;
import org.tracebackgraph.model.HopRole;

/**
 * The labels that carry a hop's role, its provider's response and its lateness. Labels
 * live in the node record, so a hop's properties (two times, position, attestation) fit
 * in two property records instead of three (docs/design.md, the Hop row). Readers map
 * them back with the {@code CASE} of cypher/queries (e.g. route-of-call-or-traceback).
 */
final class HopLabels {

	private HopLabels() {
	}

	static List<String> of(HopRole role, HopResponse response, boolean late) {
		List<String> labels = new ArrayList<>(3);
		labels.add(role(role));
		if (response != null) {
			labels.add(response(response));
		}
		if (late) {
			labels.add("Late");
		}
		return labels;
	}

	private static String role(HopRole role) {
		return switch (role) {
			case TERMINATING -> "Terminating";
			case INTERMEDIATE -> "Intermediate";
			case GATEWAY -> "Gateway";
			case ORIGINATING -> "Originating";
			case UNKNOWN -> "UnknownRole";
		};
	}

	private static String response(HopResponse response) {
		return switch (response) {
			case NAMED_UPSTREAM -> "NamedUpstream";
			case IS_ORIGIN -> "IsOrigin";
			case NOT_FOUND -> "NotFound";
			case NO_RESPONSE -> "NoResponse";
		};
	}

}
