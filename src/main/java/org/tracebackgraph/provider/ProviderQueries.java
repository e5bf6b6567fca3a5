package org.tracebackgraph.provider;

import java.util.List;
import java.util.Optional;

import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphReader;
import org.tracebackgraph.neo4j.Parameters;
import org.tracebackgraph.web.DateWindow;
import org.tracebackgraph.web.Paging;

import org.springframework.stereotype.Repository;

/**
 * Reads providers: rankings, profiles, letters and non-responses.
 */
@Repository
class ProviderQueries {

	private final GraphReader graph;

	private final CypherQuery rankingByCounters = CypherQuery.load("queries/provider/ranking-by-counters");

	private final CypherQuery rankingInWindow = CypherQuery.load("queries/provider/ranking-in-window");

	private final CypherQuery rankingInCampaign = CypherQuery.load("queries/provider/ranking-in-campaign");

	private final CypherQuery dayCountersAreBuilt = CypherQuery.load("queries/provider/day-counters-are-built");

	private final CypherQuery rankingOfCalls = CypherQuery.load("queries/provider/ranking-of-calls");

	private final CypherQuery profileOfProvider = CypherQuery.load("queries/provider/profile-of-provider");

	private final CypherQuery lettersToProvider = CypherQuery.load("queries/provider/letters-to-provider");

	private final CypherQuery nonResponsesOfProvider = CypherQuery.load("queries/provider/non-responses-of-provider");

	private final CypherQuery callsByMonthOfProvider = CypherQuery.load("queries/provider/calls-by-month-of-provider");

	ProviderQueries(GraphReader graph) {
		this.graph = graph;
	}

	/**
	 * Ranks providers by their traced calls in a role ({@code ANY} or a hop role), from
	 * the counters kept at ingest: the providers' own without a campaign or window, the
	 * day and month counters with a window, the campaign's with a campaign. A store whose
	 * day counters were never built (loaded before they existed) counts the matching
	 * calls instead, with the same answer, until {@code rebuild counters} runs.
	 * @return up to {@link Paging#limit()} rows
	 */
	List<ProviderRanking> ranking(String role, String campaign, DateWindow window, long minCalls, Paging paging) {
		Parameters parameters = Parameters.of("role", role).and("minCalls", minCalls).with(paging);
		if (campaign == null && window.isOpen()) {
			return this.graph.list(this.rankingByCounters, parameters, ProviderRanking::of);
		}
		CypherQuery query = this.rankingOfCalls;
		if (this.graph.exists(this.dayCountersAreBuilt, Parameters.none())) {
			query = (campaign != null) ? this.rankingInCampaign : this.rankingInWindow;
		}
		return this.graph.list(query, parameters.and("campaign", campaign).with(window), ProviderRanking::of);
	}

	Optional<ProviderProfile> profile(String providerId) {
		return this.graph.one(this.profileOfProvider,
				Parameters.of("providerId", providerId)
					.and("top", ProviderProfile.TOP_CAMPAIGNS)
					.and("partners", ProviderProfile.TOP_PARTNERS),
				ProviderProfile::of);
	}

	/**
	 * @return up to {@link Paging#limit()} letters to the provider, newest first
	 */
	List<LetterEffect> letters(String providerId, Paging paging) {
		return this.graph.list(this.lettersToProvider, Parameters.of("providerId", providerId).with(paging),
				LetterEffect::of);
	}

	/**
	 * @return up to {@link Paging#limit()} hops the provider did not answer or answered
	 * late, newest notification first
	 */
	List<NonResponse> nonResponses(String providerId, DateWindow window, Paging paging) {
		return this.graph.list(this.nonResponsesOfProvider,
				Parameters.of("providerId", providerId).with(window).with(paging), NonResponse::of);
	}

	/**
	 * @return the provider's traced calls per month, oldest first
	 */
	MonthlyCalls callsByMonth(String providerId, DateWindow window) {
		return new MonthlyCalls(this.graph.list(this.callsByMonthOfProvider,
				Parameters.of("providerId", providerId).with(window), MonthlyCalls.Month::of));
	}

}
