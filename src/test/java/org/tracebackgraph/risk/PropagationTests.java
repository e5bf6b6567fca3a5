package org.tracebackgraph.risk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.risk.RiskInputs.HandOver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Risk propagation on tiny networks whose fixed point can be worked out by hand.
 */
class PropagationTests {

	private static final double EPSILON = 1e-9;

	@Test
	void aCleanLookingFrontFedByABadOriginatorOutranksABigCarrierFedByEveryone() {
		// bad (1.0) → front (0.1) → transit (0.1) ← clean (0.0), 100 calls on each
		// hand-over
		Map<String, Double> direct = new LinkedHashMap<>();
		direct.put("bad", 1.0);
		direct.put("clean", 0.0);
		direct.put("front", 0.1);
		direct.put("transit", 0.1);
		List<HandOver> network = List.of(new HandOver("bad", "front", 100), new HandOver("front", "transit", 100),
				new HandOver("clean", "transit", 100));

		Map<String, Double> inherited = Propagation.inherited(direct, network, 0.5, 0);

		// front inherits all of bad's risk; it passes on half its own and half that
		assertThat(inherited.get("front")).isCloseTo(1.0, within(EPSILON));
		assertThat(inherited.get("transit")).isCloseTo((100 * (0.5 * 0.1 + 0.5 * 1.0) + 100 * 0.0) / 200,
				within(EPSILON));
		assertThat(inherited.get("bad")).isZero();
		assertThat(inherited.get("clean")).isZero();
		assertThat(inherited.get("front")).isGreaterThan(inherited.get("transit"));
	}

	@Test
	void priorCallsKeepAFewCallsFromPassingOnAllTheRisk() {
		Map<String, Double> direct = new LinkedHashMap<>();
		direct.put("bad", 1.0);
		direct.put("busy", 0.0);
		direct.put("small", 0.0);
		List<HandOver> network = List.of(new HandOver("bad", "busy", 1000), new HandOver("bad", "small", 2));

		Map<String, Double> inherited = Propagation.inherited(direct, network, 0.5, 10);

		assertThat(inherited.get("busy")).isCloseTo(1000 / 1010.0, within(EPSILON));
		assertThat(inherited.get("small")).isCloseTo(2 / 12.0, within(EPSILON));
	}

	@Test
	void aCycleConvergesToItsFixedPoint() {
		// a (1.0) ⇄ b (0.0): inherited(b) = 0.5·1 + 0.5·inherited(a), inherited(a) =
		// 0.5·inherited(b)
		Map<String, Double> direct = new LinkedHashMap<>();
		direct.put("a", 1.0);
		direct.put("b", 0.0);
		List<HandOver> network = List.of(new HandOver("a", "b", 10), new HandOver("b", "a", 10));

		Map<String, Double> inherited = Propagation.inherited(direct, network, 0.5, 0);

		assertThat(inherited.get("b")).isCloseTo(2.0 / 3, within(1e-6));
		assertThat(inherited.get("a")).isCloseTo(1.0 / 3, within(1e-6));
	}

	@Test
	void handOversToUnknownProvidersAndToItselfAreIgnored() {
		Map<String, Double> direct = new LinkedHashMap<>();
		direct.put("a", 1.0);
		List<HandOver> network = List.of(new HandOver("a", "a", 5), new HandOver("a", "gone", 5));

		assertThat(Propagation.inherited(direct, network, 0.5, 0)).containsExactly(Map.entry("a", 0.0));
	}

}
