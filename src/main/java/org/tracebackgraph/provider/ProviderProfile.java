package org.tracebackgraph.provider;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What is known of one provider: identity, traced calls by role, the campaigns it
 * carried, the letters it received and its main partners on the provider network.
 *
 * @param id the provider's id
 * @param name its name
 * @param normalizedName its name in lower case, letters and digits only
 * @param country ISO 3166 country code
 * @param foreign whether the country is not the US
 * @param tracedCalls traced calls with a hop by it
 * @param byRole the same by role
 * @param tracedHops its hops
 * @param noResponses its hops without an answer
 * @param nonResponseShare noResponses / tracedHops, 4 decimals
 * @param firstSeen the earliest call date ever seen
 * @param lastSeen the latest call date ever seen
 * @param campaigns the campaigns it carried most, with its calls in each (top 20)
 * @param letters the letters addressed to it, newest first
 * @param upstream the providers that handed it most calls (top 10)
 * @param downstream the providers it handed most calls to (top 10)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A provider's profile")
record ProviderProfile(String id, String name, String normalizedName, String country, Boolean foreign, long tracedCalls,
		CallsByRole byRole, long tracedHops, long noResponses, Double nonResponseShare, LocalDate firstSeen,
		LocalDate lastSeen, List<CampaignCalls> campaigns, List<LetterReceived> letters, List<Partner> upstream,
		List<Partner> downstream) {

	record CampaignCalls(String name, long calls) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record LetterReceived(String letterId, String issuer, LocalDate issuedOn, String kind) {

	}

	/**
	 * A neighbour on the provider network.
	 *
	 * @param id the neighbour's id
	 * @param name its name
	 * @param calls traced calls handed over between the two
	 * @param firstSeen the first call date of these
	 * @param lastSeen the last call date of these
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Partner(String id, String name, long calls, LocalDate firstSeen, LocalDate lastSeen) {

	}

}
