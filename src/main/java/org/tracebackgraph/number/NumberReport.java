package org.tracebackgraph.number;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.tracebackgraph.neo4j.Row;
import org.tracebackgraph.web.Page;

/**
 * What the graph knows about one caller ID. Each capped list says whether the cap cut it.
 *
 * @param e164 the number in E.164
 * @param valid whether it is assigned in its numbering plan (spoofed caller IDs often are
 * not)
 * @param region its country, if known
 * @param totalCalls traced calls that showed it
 * @param calls those calls, newest first, a page at a time
 * @param campaigns the campaigns of those calls (top 20)
 * @param campaignsTruncated whether there were more
 * @param providers the providers on their routes (top 50)
 * @param providersTruncated whether there were more
 * @param relatedCallerIds other caller IDs sharing campaigns or originators with it (top
 * 20)
 * @param relatedCallerIdsTruncated whether there were more
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record NumberReport(String e164, Boolean valid, String region, long totalCalls, Page<Call> calls,
		List<CampaignCalls> campaigns, boolean campaignsTruncated, List<ProviderOnRoutes> providers,
		boolean providersTruncated, List<RelatedCallerId> relatedCallerIds, boolean relatedCallerIdsTruncated) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Call(String callId, OffsetDateTime startedAt, LocalDate startedOn, String campaign,
			List<TracebackRef> tracebacks) {

		static Call of(Row row) {
			return new Call(row.string("callId"), row.dateTime("startedAt"), row.date("startedOn"),
					row.string("campaign"),
					row.list("tracebacks", t -> new TracebackRef(t.string("tracebackId"), t.string("status"))));
		}

	}

	record TracebackRef(String tracebackId, String status) {

	}

	record CampaignCalls(String campaign, long calls) {

		static CampaignCalls of(Row row) {
			return new CampaignCalls(row.string("campaign"), row.longValue("calls"));
		}

	}

	record ProviderOnRoutes(String providerId, String name, List<String> roles, long calls) {

		static ProviderOnRoutes of(Row row) {
			return new ProviderOnRoutes(row.string("providerId"), row.string("name"),
					row.strings("roles").stream().sorted().toList(), row.longValue("calls"));
		}

	}

	record RelatedCallerId(String callerId, List<String> sharedCampaigns, List<String> sharedOriginators,
			long overlap) {

		static RelatedCallerId of(Row row) {
			return new RelatedCallerId(row.string("callerId"),
					row.strings("sharedCampaigns").stream().sorted().toList(),
					row.strings("sharedOriginators").stream().sorted().toList(), row.longValue("overlap"));
		}

	}

}
