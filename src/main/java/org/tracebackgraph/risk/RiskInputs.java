package org.tracebackgraph.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a scoring run reads from the graph.
 *
 * @param referenceDate the day scores are computed as of (the newest traced call)
 * @param providers per provider id, its tally, in provider id order
 * @param network the provider network's hand-overs with their traffic
 */
record RiskInputs(LocalDate referenceDate, Map<String, ProviderTally> providers, List<HandOver> network) {

	/**
	 * Traced calls handed from one provider to the next, in call direction.
	 *
	 * @param upstreamId who handed the calls over
	 * @param downstreamId who took them
	 * @param calls how many traced calls
	 */
	record HandOver(String upstreamId, String downstreamId, long calls) {

	}

}
