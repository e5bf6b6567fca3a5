package org.tracebackgraph.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a traceback's hops and tells whether the chain reaches the origin, and if not,
 * where and why it breaks. Ingest stores the resulting status; routes show the breaks.
 *
 * @param status the traceback's status
 * @param breaks where the chain breaks, from the terminating side towards the origin
 */
public record ChainAnalysis(TracebackStatus status, List<ChainBreak> breaks) {

	/**
	 * The facts about one hop that the analysis needs.
	 *
	 * @param position position from the terminating provider (0), or {@code null} if
	 * unknown
	 * @param providerId the provider's id
	 * @param foreignProvider whether the provider is outside the US
	 * @param role the provider's role, if known
	 * @param response the provider's answer, if known
	 */
	public record HopFacts(Integer position, String providerId, boolean foreignProvider, HopRole role,
			HopResponse response) {

	}

	public static ChainAnalysis of(List<HopFacts> hops) {
		if (hops.isEmpty()) {
			return new ChainAnalysis(TracebackStatus.PARTIAL, List.of(new ChainBreak(null, null, BreakReason.NO_HOPS)));
		}
		List<HopFacts> placed = hops.stream()
			.filter(hop -> hop.position() != null)
			.sorted(Comparator.comparing(HopFacts::position))
			.toList();
		List<ChainBreak> breaks = new ArrayList<>();
		int expected = 0;
		for (HopFacts hop : placed) {
			if (hop.position() > expected) {
				breaks.add(new ChainBreak(expected == 0 ? null : expected - 1, null, BreakReason.POSITION_GAP));
			}
			expected = hop.position() + 1;
		}
		TracebackStatus status = TracebackStatus.COMPLETE;
		if (!placed.isEmpty()) {
			HopFacts furthest = placed.getLast();
			BreakReason end = endOfChain(furthest);
			if (end != null) {
				breaks.add(new ChainBreak(furthest.position(), furthest.providerId(), end));
				status = switch (end) {
					case NO_RESPONSE -> TracebackStatus.NON_RESPONSIVE;
					case FOREIGN_ORIGIN -> TracebackStatus.FOREIGN_ORIGIN;
					default -> TracebackStatus.PARTIAL;
				};
			}
		}
		hops.stream()
			.filter(hop -> hop.position() == null)
			.forEach(hop -> breaks.add(new ChainBreak(null, hop.providerId(), BreakReason.POSITION_UNKNOWN)));
		if (!breaks.isEmpty() && status == TracebackStatus.COMPLETE) {
			status = TracebackStatus.PARTIAL;
		}
		return new ChainAnalysis(status, List.copyOf(breaks));
	}

	private static BreakReason endOfChain(HopFacts furthest) {
		HopResponse response = furthest.response();
		if (response == HopResponse.IS_ORIGIN) {
			return null;
		}
		// A foreign provider is beyond the reach of US tracebacks, whatever it answered.
		if (furthest.foreignProvider()) {
			return BreakReason.FOREIGN_ORIGIN;
		}
		if (response == HopResponse.NO_RESPONSE) {
			return BreakReason.NO_RESPONSE;
		}
		if (response == HopResponse.NOT_FOUND) {
			return BreakReason.NOT_FOUND;
		}
		if (furthest.role() == HopRole.ORIGINATING) {
			return null;
		}
		if (furthest.role() == HopRole.GATEWAY && response == HopResponse.NAMED_UPSTREAM) {
			return BreakReason.FOREIGN_ORIGIN;
		}
		return BreakReason.UPSTREAM_NOT_TRACED;
	}

}
