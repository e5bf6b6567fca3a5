package org.tracebackgraph.risk;

/**
 * One factor of a provider's risk score: its value as measured in the graph, that value
 * normalised to 0..1, the factor's weight, and the points it contributes
 * ({@code normalized × weight}). The score is the sum of the contributions.
 *
 * @param name the factor's name (see the constants)
 * @param value what was measured (calls, a share, days, a flag as 0 or 1, ...)
 * @param normalized the value on a 0..1 scale
 * @param weight points at normalised value 1
 * @param contribution points this factor adds to the score
 * @param detail the measurement in words, e.g. "412 of 1,180 hops not answered or late"
 */
record Factor(String name, double value, double normalized, double weight, double contribution, String detail) {

	static final String ORIGINATING = "originating";

	static final String GATEWAY = "gateway";

	static final String INTERMEDIATE = "intermediate";

	static final String TERMINATING = "terminating";

	static final String UNKNOWN_ROLE = "unknownRole";

	static final String CAMPAIGNS = "campaigns";

	static final String RECENCY = "recency";

	static final String NON_RESPONSIVE = "nonResponsive";

	static final String WEAK_ATTESTATION = "weakAttestation";

	static final String SPOOFED_A_ATTESTATION = "spoofedAAttestation";

	static final String FOREIGN_UPSTREAM = "foreignUpstream";

	static final String LETTERS = "letters";

	static final String REGISTRY = "registry";

	static final String AFTER_LETTER = "afterLetter";

	static final String REPEAT_OFFENDER = "repeatOffender";

	static final String PROPAGATION = "propagation";

	static Factor of(String name, double value, double normalized, double weight, String detail) {
		double clamped = Math.max(0, Math.min(1, normalized));
		return new Factor(name, round(value), round(clamped), weight, round(clamped * weight), detail);
	}

	static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
