package org.tracebackgraph.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Turns a run's inputs into explained scores. Every factor is normalised to 0..1 and
 * multiplied by its weight; the score is the sum. Volumes are log-scaled against the
 * busiest provider in that role (traffic is heavy-tailed: the tenth originator by calls
 * should not look ten times safer than the first); shares get {@code sharePrior}
 * pseudo-observations in the denominator, so a provider seen once cannot reach a high
 * share by chance.
 */
final class RiskScoring {

	private final RiskProperties properties;

	private final Map<String, Double> weights;

	RiskScoring(RiskProperties properties) {
		this.properties = properties;
		this.weights = properties.weights().byFactor();
	}

	/**
	 * @return the providers' scores, best rank first, without previous-report fields
	 */
	List<ProviderRisk> score(RiskInputs inputs) {
		Map<String, ProviderTally> providers = inputs.providers();
		double maxOriginating = max(providers, t -> t.originating);
		double maxGateway = max(providers, t -> t.gateway);
		double maxIntermediate = max(providers, t -> t.intermediate);
		double maxTerminating = max(providers, t -> t.terminating);
		double maxUnknown = max(providers, t -> t.unknown);
		double maxCampaigns = max(providers, t -> t.campaigns);
		Map<String, List<Factor>> factorsOf = new HashMap<>();
		for (ProviderTally tally : providers.values()) {
			List<Factor> factors = new ArrayList<>();
			factors.add(volume(Factor.ORIGINATING, tally.originating, maxOriginating, "as originator"));
			factors.add(volume(Factor.GATEWAY, tally.gateway, maxGateway, "as gateway"));
			factors.add(volume(Factor.INTERMEDIATE, tally.intermediate, maxIntermediate, "as intermediate"));
			factors.add(volume(Factor.TERMINATING, tally.terminating, maxTerminating, "as terminating provider"));
			factors.add(volume(Factor.UNKNOWN_ROLE, tally.unknown, maxUnknown,
					"at an unknown position (a letter's chart names it, not its hop)"));
			factors.add(factor(Factor.CAMPAIGNS, tally.campaigns, logScale(tally.campaigns, maxCampaigns),
					things(tally.campaigns, "distinct campaign") + " (most of any provider: " + count(maxCampaigns)
							+ ", log scale)"));
			double recency = (tally.datedCalls > 0) ? tally.recencySum / tally.datedCalls : 0;
			factors.add(factor(Factor.RECENCY, recency, recency,
					String.format(Locale.ROOT, "mean recency weight %.2f of %s (half-life %d days)", recency,
							things(tally.datedCalls, "dated call"), this.properties.halfLifeDays())));
			factors.add(share(Factor.NON_RESPONSIVE, tally.badAnswers, tally.hops,
					"hops not answered or answered after 24 h"));
			factors.add(share(Factor.WEAK_ATTESTATION, tally.originatedWeak, tally.originatedAttested,
					"originated calls signed C or not signed"));
			factors.add(share(Factor.SPOOFED_A_ATTESTATION, tally.aAttestedSpoofed, tally.originatedAttested,
					"originated calls A-attested with a spoofed caller ID"));
			factors.add(share(Factor.FOREIGN_UPSTREAM, tally.gatewayUpstreamForeign, tally.gatewayUpstreamKnown,
					"gateway hand-overs from a foreign upstream"));
			factors.add(factor(Factor.LETTERS, tally.letters, (tally.letters > 0) ? 1 : 0, (tally.letters == 0)
					? "no letter received"
					: things(tally.letters, "letter") + " from a regulator (cease-and-desist, warning or notice)"));
			factors.add(afterLetter(tally));
			factors.add(registry(tally));
			boolean repeat = tally.recentOriginOrGateway >= this.properties.repeatThreshold();
			factors.add(factor(Factor.REPEAT_OFFENDER, repeat ? 1 : 0, repeat ? 1 : 0,
					things(tally.recentOriginOrGateway, "traceback") + " as originator or gateway in the 12 months to "
							+ inputs.referenceDate() + " (flag at " + this.properties.repeatThreshold() + ")"));
			factorsOf.put(tally.providerId, factors);
		}
		double directMaximum = attainable(factorsOf.values());
		Map<String, Double> direct = new HashMap<>();
		factorsOf.forEach((providerId, factors) -> direct.put(providerId,
				(directMaximum > 0) ? factors.stream().mapToDouble(Factor::contribution).sum() / directMaximum : 0));
		Map<String, Double> inherited = Propagation.inherited(direct, inputs.network(),
				this.properties.propagationDamping(), this.properties.propagationPriorCalls());
		List<ProviderRisk> unranked = new ArrayList<>();
		for (ProviderTally tally : providers.values()) {
			List<Factor> factors = factorsOf.get(tally.providerId);
			double own = Factor.round(factors.stream().mapToDouble(Factor::contribution).sum());
			double inflow = inherited.getOrDefault(tally.providerId, 0.0);
			factors.add(factor(Factor.PROPAGATION, inflow, inflow, String.format(Locale.ROOT,
					"traffic-weighted risk %.3f passed on by the providers that hand it calls", inflow)));
			double score = Factor.round(factors.stream().mapToDouble(Factor::contribution).sum());
			unranked.add(new ProviderRisk(0, tally.providerId, tally.name, tally.country, score, own, null, null, null,
					false, List.copyOf(factors)));
		}
		unranked
			.sort(Comparator.comparingDouble(ProviderRisk::score).reversed().thenComparing(ProviderRisk::providerId));
		List<ProviderRisk> ranked = new ArrayList<>(unranked.size());
		for (int i = 0; i < unranked.size(); i++) {
			ProviderRisk risk = unranked.get(i);
			ranked.add(new ProviderRisk(i + 1, risk.providerId(), risk.name(), risk.country(), risk.score(),
					risk.direct(), null, null, null, false, risk.factors()));
		}
		return ranked;
	}

	/**
	 * The most points a provider's own factors can give on this data: the weights of the
	 * factors some provider scores on. A factor nobody can reach here (no letter loaded,
	 * no call in an unknown role) does not shrink everybody's direct risk, and so what
	 * propagates.
	 */
	private static double attainable(Collection<List<Factor>> factorsOfProviders) {
		Map<String, Double> reached = new HashMap<>();
		for (List<Factor> factors : factorsOfProviders) {
			for (Factor factor : factors) {
				if (factor.normalized() > 0) {
					reached.put(factor.name(), factor.weight());
				}
			}
		}
		return reached.values().stream().mapToDouble(Double::doubleValue).sum();
	}

	private Factor volume(String name, long calls, double max, String role) {
		return factor(name, calls, logScale(calls, max),
				things(calls, "traced call") + " " + role + " (busiest: " + count(max) + ", log scale)");
	}

	private Factor share(String name, long part, long whole, String what) {
		double share = (whole > 0) ? part / (whole + this.properties.sharePrior()) : 0;
		return factor(name, share, share, count(part) + " of " + count(whole) + " " + what);
	}

	private Factor afterLetter(ProviderTally tally) {
		if (tally.firstLetterOn == null) {
			return factor(Factor.AFTER_LETTER, 0, 0,
					(tally.letters > 0) ? "its letters are undated" : "no letter received");
		}
		long dated = tally.letterDatedCalls;
		double share = (dated > 0) ? (double) tally.callsAfterLetter / dated : 0;
		return factor(Factor.AFTER_LETTER, tally.callsAfterLetter, share, count(tally.callsAfterLetter) + " of "
				+ things(dated, "dated traced call") + " on or after its first letter of " + tally.firstLetterOn);
	}

	/**
	 * The FCC removes providers that keep carrying illegal traffic: a removed filing
	 * counts in full. Carriers may not take traffic from a provider missing from the
	 * Robocall Mitigation Database, but "missing" is what name matching concludes and can
	 * be a name it did not recognise: half. A filing without STIR/SHAKEN, or gateway
	 * traffic the filing does not declare: half each. Candidates nobody decided on count
	 * nothing.
	 */
	private Factor registry(ProviderTally tally) {
		double severity = 0;
		for (String flag : tally.registryFlags) {
			severity += switch (flag) {
				case "REMOVED_FILING" -> 1.0;
				case "NO_FILING", "NO_STIR_SHAKEN", "UNDECLARED_GATEWAY" -> 0.5;
				default -> 0;
			};
		}
		double normalized = Math.min(1, severity);
		return factor(Factor.REGISTRY, normalized, normalized, tally.registryFlags.isEmpty() ? "no registry flag"
				: "registry flags: " + String.join(", ", tally.registryFlags));
	}

	private Factor factor(String name, double value, double normalized, String detail) {
		return Factor.of(name, value, normalized, this.weights.get(name), detail);
	}

	static double logScale(double value, double max) {
		return (max > 0 && value > 0) ? Math.log1p(value) / Math.log1p(max) : 0;
	}

	private static double max(Map<String, ProviderTally> providers, ToDoubleFunction<ProviderTally> of) {
		return providers.values().stream().mapToDouble(of).max().orElse(0);
	}

	/** {@code 1 traced call}, {@code 2 traced calls}. */
	static String things(double value, String singular) {
		return count(value) + " " + singular + ((Math.round(value) == 1) ? "" : "s");
	}

	private static String count(double value) {
		return String.format(Locale.ROOT, "%,d", Math.round(value));
	}

}
