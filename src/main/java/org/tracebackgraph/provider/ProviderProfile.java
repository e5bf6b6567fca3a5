package org.tracebackgraph.provider;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.tracebackgraph.neo4j.Row;

/**
 * What is known of one provider: identity, traced calls by role, the campaigns it
 * carried, the letters it received and its main partners on the provider network. Each
 * list cut by a cap says so in its {@code …Truncated} flag.
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
 * @param lateResponses its hops answered more than 24 hours after notification
 * @param nonResponseShare noResponses / tracedHops, 4 decimals
 * @param firstSeen the earliest call date ever seen
 * @param lastSeen the latest call date ever seen
 * @param campaigns the campaigns it carried most, with its calls in each (top 20)
 * @param campaignsTruncated whether it carried more campaigns than listed
 * @param letters the letters addressed to it, newest first
 * @param upstream the providers that handed it most calls (top 10)
 * @param upstreamTruncated whether more providers handed it calls
 * @param downstream the providers it handed most calls to (top 10)
 * @param downstreamTruncated whether it handed calls to more providers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A provider's profile")
record ProviderProfile(String id, String name, String normalizedName, String country, Boolean foreign, long tracedCalls,
		CallsByRole byRole, long tracedHops, long noResponses, long lateResponses, Double nonResponseShare,
		LocalDate firstSeen, LocalDate lastSeen, List<CampaignCalls> campaigns, boolean campaignsTruncated,
		List<LetterReceived> letters, List<Partner> upstream, boolean upstreamTruncated, List<Partner> downstream,
		boolean downstreamTruncated) {

	/** Most campaigns listed. */
	static final int TOP_CAMPAIGNS = 20;

	/** Most partners listed on each side. */
	static final int TOP_PARTNERS = 10;

	static ProviderProfile of(Row row) {
		return new ProviderProfile(row.string("providerId"), row.string("name"), row.string("normalizedName"),
				row.string("country"), row.boolOrNull("foreign"), row.longValue("tracedCalls"), CallsByRole.of(row),
				row.longValue("tracedHops"), row.longValue("noResponses"), row.longValue("lateResponses"),
				row.doubleOrNull("nonResponseShare"), row.date("firstSeen"), row.date("lastSeen"),
				row.list("campaigns", CampaignCalls::of), row.bool("campaignsTruncated"),
				row.list("letters", LetterReceived::of), row.list("upstream", Partner::of),
				row.bool("upstreamTruncated"), row.list("downstream", Partner::of), row.bool("downstreamTruncated"));
	}

	record CampaignCalls(String name, long calls) {

		static CampaignCalls of(Row row) {
			return new CampaignCalls(row.string("name"), row.longValue("calls"));
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record LetterReceived(String letterId, String issuer, LocalDate issuedOn, String kind) {

		static LetterReceived of(Row row) {
			return new LetterReceived(row.string("letterId"), row.string("issuer"), row.date("issuedOn"),
					row.string("kind"));
		}

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

		static Partner of(Row row) {
			return new Partner(row.string("providerId"), row.string("name"), row.longValue("calls"),
					row.date("firstSeen"), row.date("lastSeen"));
		}

	}

}
