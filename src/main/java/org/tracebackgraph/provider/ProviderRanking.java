package org.tracebackgraph.provider;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.tracebackgraph.neo4j.Row;

/**
 * One provider's row in the ranking of providers on illegal routes.
 *
 * @param provider the provider
 * @param tracedCalls traced calls with a hop by the provider (a call traced twice counts
 * twice)
 * @param byRole the same calls by the provider's role on them
 * @param campaigns distinct campaigns of these calls
 * @param firstSeen the earliest call date (without filters: the widest window ever seen)
 * @param lastSeen the latest call date (same)
 * @param tracedHops the provider's hops on these calls
 * @param noResponses of these hops, those the provider did not answer
 * @param lateResponses of these hops, those it answered more than 24 hours late
 * @param nonResponseShare noResponses / tracedHops, 4 decimals
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A provider's traced calls, by role, with its non-response share")
record ProviderRanking(Provider provider, long tracedCalls, CallsByRole byRole, long campaigns, LocalDate firstSeen,
		LocalDate lastSeen, long tracedHops, long noResponses, long lateResponses, Double nonResponseShare) {

	static ProviderRanking of(Row row) {
		return new ProviderRanking(new Provider(row.string("providerId"), row.string("name"), row.string("country")),
				row.longValue("tracedCalls"), CallsByRole.of(row), row.longValue("campaigns"), row.date("firstSeen"),
				row.date("lastSeen"), row.longValue("tracedHops"), row.longValue("noResponses"),
				row.longValue("lateResponses"), row.doubleOrNull("nonResponseShare"));
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Provider(String id, String name, String country) {

	}

}
