package org.tracebackgraph.risk;

import java.util.List;

/**
 * A provider's risk score in one report, with every point explained by its factors.
 *
 * @param rank 1 = highest score (ties by provider id)
 * @param providerId the provider's id
 * @param name its name
 * @param country its country
 * @param score the sum of the factors' contributions
 * @param direct the part of the score from the provider's own traffic (all factors but
 * propagation)
 * @param previousScore its score in the previous report, if it was scored then
 * @param previousRank its rank in the previous report
 * @param change score minus previous score
 * @param isNew whether the previous report did not score it (false when there is no
 * previous report)
 * @param factors each factor's value and contribution
 */
record ProviderRisk(int rank, String providerId, String name, String country, double score, double direct,
		Double previousScore, Integer previousRank, Double change, boolean isNew, List<Factor> factors) {

}
