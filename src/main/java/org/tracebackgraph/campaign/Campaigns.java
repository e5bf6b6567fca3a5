package org.tracebackgraph.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.tracebackgraph.neo4j.Row;

/**
 * The read models of the campaign feature.
 */
final class Campaigns {

	private Campaigns() {
	}

	/**
	 * One campaign in the ranking.
	 *
	 * @param name the campaign
	 * @param calls traced calls (in the window, if one was asked for)
	 * @param callerIds distinct caller IDs of those calls
	 * @param providers distinct providers on their routes
	 * @param firstSeen first call date
	 * @param lastSeen last call date
	 */
	record Summary(String name, long calls, long callerIds, long providers, LocalDate firstSeen, LocalDate lastSeen) {

		static Summary of(Row row) {
			return new Summary(row.string("name"), row.longValue("calls"), row.longValue("callerIds"),
					row.longValue("providers"), row.date("firstSeen"), row.date("lastSeen"));
		}

	}

	/**
	 * One campaign in depth.
	 *
	 * @param name the campaign
	 * @param calls traced calls
	 * @param callerIds distinct caller IDs
	 * @param providers distinct providers on its routes
	 * @param firstSeen first call date
	 * @param lastSeen last call date
	 * @param topCallerIds the caller IDs it used most (top 20)
	 * @param topCallerIdsTruncated whether it used more caller IDs than listed
	 * @param providersByRole per role, the providers that carried its calls in that role
	 * (top 20 per role)
	 * @param providersByRoleTruncated the roles whose list the cap cut
	 * @param originators providers that originated its calls
	 * @param gateways providers that let its calls into US networks
	 * @param routeSignatures its most common routes (top 10)
	 * @param routeSignaturesTruncated whether it took more routes than listed
	 * @param routeSignaturesSampled whether the routes were read from a sample of its
	 * tracebacks (a campaign with more than {@value CampaignQueries#SIGNATURE_SAMPLE})
	 * @param letters letters that name it
	 */
	record Detail(String name, long calls, long callerIds, long providers, LocalDate firstSeen, LocalDate lastSeen,
			List<CallerId> topCallerIds, boolean topCallerIdsTruncated,
			Map<String, List<ProviderCalls>> providersByRole, List<String> providersByRoleTruncated,
			List<ProviderCalls> originators, List<ProviderCalls> gateways, List<RouteSignature> routeSignatures,
			boolean routeSignaturesTruncated, boolean routeSignaturesSampled, List<Letter> letters) {

	}

	record CallerId(String callerId, long calls) {

		static CallerId of(Row row) {
			return new CallerId(row.string("callerId"), row.longValue("calls"));
		}

	}

	record ProviderCalls(String providerId, String name, long calls) {

		static ProviderCalls of(Row row) {
			return new ProviderCalls(row.string("providerId"), row.string("name"), row.longValue("calls"));
		}

	}

	/**
	 * A route many calls took.
	 *
	 * @param providers provider ids of the known hops, origin (or furthest known) first
	 * @param complete whether those tracebacks reached the origin
	 * @param calls how many tracebacks took it
	 */
	record RouteSignature(List<String> providers, boolean complete, long calls) {

		static RouteSignature of(Row row) {
			return new RouteSignature(row.strings("signature"), row.bool("complete"), row.longValue("calls"));
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Letter(String letterId, String issuer, LocalDate issuedOn, String kind) {

		static Letter of(Row row) {
			return new Letter(row.string("letterId"), row.string("issuer"), row.date("issuedOn"), row.string("kind"));
		}

	}

}
