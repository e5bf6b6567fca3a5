package org.tracebackgraph.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * What the inputs of a scoring run say about one provider: the raw inputs of its risk
 * factors. Filled by {@link RiskInputQueries}, read by {@link RiskScoring}.
 */
final class ProviderTally {

	final String providerId;

	final String name;

	final String country;

	final boolean foreign;

	/** Counters kept at ingest. */
	long tracedCalls;

	long originating;

	long gateway;

	long intermediate;

	long terminating;

	/** Traced calls it carried in an unknown role, such as a letter's chart lists. */
	long unknown;

	/** Hops by this provider, and those it did not answer or answered after 24 hours. */
	long hops;

	long badAnswers;

	long campaigns;

	/** Traced calls with a date, and the sum of their recency weights. */
	long datedCalls;

	double recencySum;

	/**
	 * Tracebacks as originator or gateway within the twelve months before the reference
	 * date.
	 */
	long recentOriginOrGateway;

	/** Calls it originated with a known attestation, and those signed C or not signed. */
	long originatedAttested;

	long originatedWeak;

	/** Calls it originated A-attested with a spoofed caller ID. */
	long aAttestedSpoofed;

	/**
	 * Gateway hops whose upstream provider is known, and those with a foreign upstream.
	 */
	long gatewayUpstreamKnown;

	long gatewayUpstreamForeign;

	/** What the FCC's registry holds against it (NO_FILING, REMOVED_FILING, ...). */
	List<String> registryFlags = List.of();

	/** Its first dated letter, if any, and how many letters it received, dated or not. */
	LocalDate firstLetterOn;

	long letters;

	/**
	 * Its dated traced calls (distinct tracebacks), and those on or after its first
	 * letter.
	 */
	long letterDatedCalls;

	long callsAfterLetter;

	ProviderTally(String providerId, String name, String country, boolean foreign) {
		this.providerId = providerId;
		this.name = name;
		this.country = country;
		this.foreign = foreign;
	}

}
