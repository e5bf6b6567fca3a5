package org.tracebackgraph.model;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.model.ChainAnalysis.HopFacts;

import static org.assertj.core.api.Assertions.assertThat;

class ChainAnalysisTests {

	@Test
	void aChainThatReachesTheOriginIsComplete() {
		assertThat(ChainAnalysis.of(List.of(hop(0, "t", HopRole.TERMINATING, HopResponse.NAMED_UPSTREAM),
				hop(1, "o", HopRole.ORIGINATING, HopResponse.IS_ORIGIN))))
			.isEqualTo(new ChainAnalysis(TracebackStatus.COMPLETE, List.of()));
	}

	@Test
	void aSilentProviderEndsTheChainAsNonResponsive() {
		assertThat(ChainAnalysis.of(List.of(hop(0, "t", HopRole.TERMINATING, HopResponse.NAMED_UPSTREAM),
				hop(1, "i", HopRole.INTERMEDIATE, HopResponse.NO_RESPONSE))))
			.isEqualTo(new ChainAnalysis(TracebackStatus.NON_RESPONSIVE,
					List.of(new ChainBreak(1, "i", BreakReason.NO_RESPONSE))));
	}

	@Test
	void aGatewayNamingItsForeignUpstreamEndsInForeignOrigin() {
		assertThat(ChainAnalysis.of(List.of(hop(0, "t", HopRole.TERMINATING, HopResponse.NAMED_UPSTREAM),
				hop(1, "g", HopRole.GATEWAY, HopResponse.NAMED_UPSTREAM))))
			.isEqualTo(new ChainAnalysis(TracebackStatus.FOREIGN_ORIGIN,
					List.of(new ChainBreak(1, "g", BreakReason.FOREIGN_ORIGIN))));
	}

	@Test
	void aForeignProviderEndsInForeignOriginEvenWhenSilent() {
		assertThat(ChainAnalysis.of(List.of(hop(0, "t", HopRole.TERMINATING, HopResponse.NAMED_UPSTREAM),
				new HopFacts(1, "f", true, HopRole.ORIGINATING, HopResponse.NO_RESPONSE))))
			.isEqualTo(new ChainAnalysis(TracebackStatus.FOREIGN_ORIGIN,
					List.of(new ChainBreak(1, "f", BreakReason.FOREIGN_ORIGIN))));
	}

	@Test
	void notFoundAndUntracedUpstreamsArePartial() {
		assertThat(ChainAnalysis.of(List.of(hop(0, "t", HopRole.TERMINATING, HopResponse.NOT_FOUND)))).isEqualTo(
				new ChainAnalysis(TracebackStatus.PARTIAL, List.of(new ChainBreak(0, "t", BreakReason.NOT_FOUND))));
		assertThat(ChainAnalysis.of(List.of(hop(0, "t", HopRole.TERMINATING, HopResponse.NAMED_UPSTREAM))))
			.isEqualTo(new ChainAnalysis(TracebackStatus.PARTIAL,
					List.of(new ChainBreak(0, "t", BreakReason.UPSTREAM_NOT_TRACED))));
	}

	@Test
	void missingPositionsAndUnplacedHopsAreBreaks() {
		assertThat(ChainAnalysis.of(List.of(hop(1, "i", HopRole.INTERMEDIATE, HopResponse.NAMED_UPSTREAM),
				hop(3, "o", HopRole.ORIGINATING, HopResponse.IS_ORIGIN),
				new HopFacts(null, "u", false, HopRole.UNKNOWN, null))))
			.isEqualTo(new ChainAnalysis(TracebackStatus.PARTIAL,
					List.of(new ChainBreak(null, null, BreakReason.POSITION_GAP),
							new ChainBreak(1, null, BreakReason.POSITION_GAP),
							new ChainBreak(null, "u", BreakReason.POSITION_UNKNOWN))));
	}

	@Test
	void noHopsAtAllIsPartial() {
		assertThat(ChainAnalysis.of(List.of())).isEqualTo(
				new ChainAnalysis(TracebackStatus.PARTIAL, List.of(new ChainBreak(null, null, BreakReason.NO_HOPS))));
	}

	private static HopFacts hop(int position, String provider, HopRole role, HopResponse response) {
		return new HopFacts(position, provider, false, role, response);
	}

}
