package org.tracebackgraph.risk;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Risk scores and their scheduled reports ({@code traceback.risk.*}). The README's "Risk
 * scores" section gives the reasoning behind each default.
 *
 * @param cron when the scheduled report runs (Spring cron, six fields; {@code -} turns it
 * off); nightly at 02:00 by default
 * @param halfLifeDays age in days at which a traceback counts half for recency
 * @param sharePrior pseudo-observations added to the denominator of every share (late
 * answers, C attestation, foreign upstreams, ...), so that a provider seen twice cannot
 * reach a high share by chance
 * @param propagationDamping share of the risk a provider passes downstream that it
 * inherited from its own upstream (the rest is its own direct score)
 * @param propagationPriorCalls pseudo-calls added to a provider's inbound traffic, so a
 * provider that took three calls from one bad originator does not inherit all its risk
 * @param repeatThreshold tracebacks as originator or gateway within twelve months that
 * set the repeat-offender flag
 * @param lockLease how long a report run may hold the lock before another instance may
 * take it over (longer than the slowest run)
 * @param movers how many movers a report names
 * @param queryTimeout how long one of a run's queries may take (a full pass over every
 * hop on a large store takes longer than the timeout of an interactive request); it is
 * still ended then
 * @param weights points per factor at its maximum; the score is their weighted sum
 */
@ConfigurationProperties("traceback.risk")
record RiskProperties(@DefaultValue("0 0 2 * * *") String cron, @DefaultValue("365") int halfLifeDays,
		@DefaultValue("10") double sharePrior, @DefaultValue("0.5") double propagationDamping,
		@DefaultValue("10") double propagationPriorCalls, @DefaultValue("3") int repeatThreshold,
		@DefaultValue("PT30M") Duration lockLease, @DefaultValue("10") int movers,
		@DefaultValue("PT10M") Duration queryTimeout, @DefaultValue Weights weights) {

	/**
	 * Points each factor adds at its maximum (normalised value 1).
	 */
	record Weights(@DefaultValue("18") double originating, @DefaultValue("18") double gateway,
			@DefaultValue("4") double intermediate, @DefaultValue("1") double terminating,
			@DefaultValue("12") double unknownRole, @DefaultValue("12") double letters,
			@DefaultValue("4") double campaigns, @DefaultValue("4") double recency,
			@DefaultValue("14") double nonResponsive, @DefaultValue("3") double weakAttestation,
			@DefaultValue("7") double spoofedAAttestation, @DefaultValue("4") double foreignUpstream,
			@DefaultValue("5") double afterLetter, @DefaultValue("8") double registry,
			@DefaultValue("3") double repeatOffender, @DefaultValue("15") double propagation) {

		/** Factor name to weight, in the order factors are listed. */
		Map<String, Double> byFactor() {
			Map<String, Double> weights = new LinkedHashMap<>();
			weights.put(Factor.ORIGINATING, this.originating);
			weights.put(Factor.GATEWAY, this.gateway);
			weights.put(Factor.INTERMEDIATE, this.intermediate);
			weights.put(Factor.TERMINATING, this.terminating);
			weights.put(Factor.UNKNOWN_ROLE, this.unknownRole);
			weights.put(Factor.CAMPAIGNS, this.campaigns);
			weights.put(Factor.RECENCY, this.recency);
			weights.put(Factor.NON_RESPONSIVE, this.nonResponsive);
			weights.put(Factor.WEAK_ATTESTATION, this.weakAttestation);
			weights.put(Factor.SPOOFED_A_ATTESTATION, this.spoofedAAttestation);
			weights.put(Factor.FOREIGN_UPSTREAM, this.foreignUpstream);
			weights.put(Factor.LETTERS, this.letters);
			weights.put(Factor.AFTER_LETTER, this.afterLetter);
			weights.put(Factor.REGISTRY, this.registry);
			weights.put(Factor.REPEAT_OFFENDER, this.repeatOffender);
			weights.put(Factor.PROPAGATION, this.propagation);
			return weights;
		}

	}

}
