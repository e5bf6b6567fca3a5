package org.tracebackgraph.risk;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tracebackgraph.risk.RiskInputs.HandOver;

/**
 * Risk flowing downstream along the provider network, weighted by traffic: a
 * PageRank-style fixed point computed by power iteration over the {@code ROUTES_TO}
 * hand-overs.
 *
 * <p>
 * Each provider passes downstream a mix of its own direct risk (share
 * {@code 1 - damping}) and the risk it inherited ({@code damping}); a provider with no
 * upstream passes its direct risk alone. What a provider inherits is the traffic-weighted
 * mean of what its upstream partners pass, over its inbound calls plus {@code priorCalls}
 * (so a handful of calls from one bad originator is not the whole story):
 *
 * <pre>
 * inherited(v) = Σ_u calls(u→v) · passed(u) / (inbound(v) + priorCalls)
 * passed(u)    = (1 − damping) · direct(u) + damping · inherited(u)   (direct(u) if u has no upstream)
 * </pre>
 *
 * This is personalised PageRank on the reversed network with inbound traffic as
 * transition weights: the expected direct risk met by a walk that goes upstream, choosing
 * partners by traffic, and stops at each step with probability {@code 1 - damping}.
 * Values stay in 0..1 (means of values in 0..1) and the map is a contraction, so it
 * converges whatever the network. A clean-looking intermediate that keeps taking traffic
 * from bad originators inherits their risk; a big carrier that takes traffic from
 * everyone inherits the mean.
 */
final class Propagation {

	private static final int MAX_ITERATIONS = 100;

	private static final double TOLERANCE = 1e-9;

	private Propagation() {
	}

	/**
	 * @param direct per provider id, its direct risk in 0..1
	 * @param network the hand-overs
	 * @param damping share of inherited risk in what a provider passes on, 0..1
	 * @param priorCalls pseudo-calls added to each provider's inbound traffic
	 * @return per provider id, the risk it inherited from upstream (0 without upstream)
	 */
	static Map<String, Double> inherited(Map<String, Double> direct, List<HandOver> network, double damping,
			double priorCalls) {
		String[] ids = direct.keySet().toArray(String[]::new);
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < ids.length; i++) {
			index.put(ids[i], i);
		}
		int n = ids.length;
		double[] own = new double[n];
		for (int i = 0; i < n; i++) {
			own[i] = direct.get(ids[i]);
		}
		int edges = 0;
		int[] from = new int[network.size()];
		int[] to = new int[network.size()];
		double[] calls = new double[network.size()];
		double[] inbound = new double[n];
		for (HandOver handOver : network) {
			Integer u = index.get(handOver.upstreamId());
			Integer v = index.get(handOver.downstreamId());
			if (u == null || v == null || u.equals(v) || handOver.calls() <= 0) {
				continue;
			}
			from[edges] = u;
			to[edges] = v;
			calls[edges] = handOver.calls();
			inbound[v] += handOver.calls();
			edges++;
		}
		double[] inherited = new double[n];
		double[] next = new double[n];
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			Arrays.fill(next, 0);
			for (int e = 0; e < edges; e++) {
				int u = from[e];
				double passed = (inbound[u] > 0) ? (1 - damping) * own[u] + damping * inherited[u] : own[u];
				next[to[e]] += calls[e] * passed;
			}
			double change = 0;
			for (int v = 0; v < n; v++) {
				double value = (inbound[v] > 0) ? next[v] / (inbound[v] + priorCalls) : 0;
				change = Math.max(change, Math.abs(value - inherited[v]));
				inherited[v] = value;
			}
			if (change < TOLERANCE) {
				break;
			}
		}
		Map<String, Double> result = new HashMap<>();
		for (int i = 0; i < n; i++) {
			result.put(ids[i], inherited[i]);
		}
		return result;
	}

}
