package org.tracebackgraph.number;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.tracebackgraph.web.Page;

/**
 * What the graph knows about one caller ID.
 *
 * @param e164 the number in E.164
 * @param valid whether it is assigned in its numbering plan (spoofed caller IDs often are
 * not)
 * @param region its country, if known
 * @param totalCalls traced calls that showed it
 * @param calls those calls, newest first, a page at a time
 * @param campaigns the campaigns of those calls
 * @param providers the providers on their routes
 * @param relatedCallerIds other caller IDs sharing campaigns or originators with it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record NumberReport(String e164, Boolean valid, String region, long totalCalls, Page<Call> calls,
		List<CampaignCalls> campaigns, List<ProviderOnRoutes> providers, List<RelatedCallerId> relatedCallerIds) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Call(String callId, OffsetDateTime startedAt, LocalDate startedOn, String campaign,
			List<TracebackRef> tracebacks) {

	}

	record TracebackRef(String tracebackId, String status) {

	}

	record CampaignCalls(String campaign, long calls) {

	}

	record ProviderOnRoutes(String providerId, String name, List<String> roles, long calls) {

	}

	record RelatedCallerId(String callerId, List<String> sharedCampaigns, List<String> sharedOriginators,
			long overlap) {

	}

}
