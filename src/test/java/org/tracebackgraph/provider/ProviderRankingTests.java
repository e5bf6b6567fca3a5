package org.tracebackgraph.provider;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracebackgraph.TestTracebacks.ORIGINATING;
import static org.tracebackgraph.TestTracebacks.TERMINATING;
import static org.tracebackgraph.TestTracebacks.hop;
import static org.tracebackgraph.TestTracebacks.traceback;
import static org.tracebackgraph.provider.RankingGraphs.aroundFebruaryAndMarch;
import static org.tracebackgraph.provider.RankingGraphs.nineProviders;
import static org.tracebackgraph.provider.RankingGraphs.twoCampaigns;

/**
 * The ranking of providers, each test on a small graph of {@link RankingGraphs} or of its
 * own: without filters (the providers' counters), in a window of call dates (the day and
 * month counters), in a campaign (the campaign's counters). Rows read
 * {@code id calls originating/gateway/intermediate/terminating/unknown campaigns first..last hops noResponses lateResponses share}.
 */
class ProviderRankingTests extends GraphTest {

	private ProviderRankings.Answer ranking(String query) {
		return ProviderRankings.read(this.mvc.get().uri("/api/providers/ranking" + query).exchange());
	}

	@Test
	void withoutFiltersEveryProviderIsRankedByAllItsTracedCallsThenById() {
		load(nineProviders());

		var answer = ranking("");

		assertThat(answer.rows()).containsExactly("acme 4 0/0/0/4/0 2 2024-01-05..2024-04-20 4 0 0 0.0",
				"big 3 1/0/2/0/0 2 2024-02-10..2024-05-25 3 0 0 0.0",
				"robo 3 2/0/0/0/1 1 2024-01-05..2024-06-30 3 0 0 0.0",
				"whole 2 0/0/2/0/0 1 2024-01-05..2024-02-10 2 0 0 0.0",
				"gw 1 0/1/0/0/0 1 2024-03-15..2024-03-15 1 0 0 0.0",
				"least 1 0/0/1/0/0 1 2024-04-20..2024-04-20 1 0 0 0.0",
				"metro 1 0/0/0/1/0 1 2024-05-25..2024-05-25 1 0 0 0.0",
				"overseas 1 1/0/0/0/0 1 2024-03-15..2024-03-15 1 1 0 1.0",
				"spam 1 1/0/0/0/0 1 2024-04-20..2024-04-20 1 0 0 0.0");
		assertThat(answer.hasMore()).isFalse();
	}

	@Test
	void aRowNamesTheProviderAndItsCountry() {
		assertThat(postJson("/api/tracebacks", """
				[{"tracebackId": "N1", "call": {"callId": "C-N1", "startedAt": "2024-01-05T12:00:00Z"},
				  "hops": [
				    {"position": 0, "provider": {"id": "acme", "name": "Acme Voice LLC", "country": "US"},
				     "role": "TERMINATING", "response": "NAMED_UPSTREAM"},
				    {"position": 1, "provider": {"id": "overseas", "name": "Overseas VoIP Pvt Ltd", "country": "IN"},
				     "role": "ORIGINATING", "response": "IS_ORIGIN"}]},
				 {"tracebackId": "N2", "call": {"callId": "C-N2", "startedAt": "2024-01-06T12:00:00Z"},
				  "hops": [
				    {"position": 0, "provider": {"id": "acme", "name": "Acme Voice LLC", "country": "US"},
				     "role": "TERMINATING", "response": "NAMED_UPSTREAM"},
				    {"position": 1, "provider": {"id": "robo", "name": "Robo Origin VoIP", "country": "US"},
				     "role": "ORIGINATING", "response": "IS_ORIGIN"}]}]""")).hasStatusOk();

		assertThat(this.mvc.get().uri("/api/providers/ranking?size=2")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"items": [{"provider": {"id": "acme", "name": "Acme Voice LLC", "country": "US"}},
				           {"provider": {"id": "overseas", "name": "Overseas VoIP Pvt Ltd", "country": "IN"}}],
				 "page": 0, "size": 2, "hasMore": true}""");
	}

	@Test
	void eachRoleRanksOnlyTheProvidersThatHadItByTheirCallsInIt() {
		load(nineProviders());

		// robo before big: 2 calls as originator against 1, though both carried 3
		assertThat(ranking("?role=ORIGINATING").rows()).containsExactly(
				"robo 3 2/0/0/0/1 1 2024-01-05..2024-06-30 3 0 0 0.0",
				"big 3 1/0/2/0/0 2 2024-02-10..2024-05-25 3 0 0 0.0",
				"overseas 1 1/0/0/0/0 1 2024-03-15..2024-03-15 1 1 0 1.0",
				"spam 1 1/0/0/0/0 1 2024-04-20..2024-04-20 1 0 0 0.0");
		assertThat(ranking("?role=GATEWAY").rows())
			.containsExactly("gw 1 0/1/0/0/0 1 2024-03-15..2024-03-15 1 0 0 0.0");
		assertThat(ranking("?role=INTERMEDIATE").rows()).containsExactly(
				"big 3 1/0/2/0/0 2 2024-02-10..2024-05-25 3 0 0 0.0",
				"whole 2 0/0/2/0/0 1 2024-01-05..2024-02-10 2 0 0 0.0",
				"least 1 0/0/1/0/0 1 2024-04-20..2024-04-20 1 0 0 0.0");
		assertThat(ranking("?role=TERMINATING").rows()).containsExactly(
				"acme 4 0/0/0/4/0 2 2024-01-05..2024-04-20 4 0 0 0.0",
				"metro 1 0/0/0/1/0 1 2024-05-25..2024-05-25 1 0 0 0.0");
		assertThat(ranking("?role=UNKNOWN").rows())
			.containsExactly("robo 3 2/0/0/0/1 1 2024-01-05..2024-06-30 3 0 0 0.0");
		assertThat(ranking("?role=any").rows()).isEqualTo(ranking("?role=ANY").rows())
			.isEqualTo(ranking("").rows())
			.hasSize(9);
	}

	@Test
	void minCallsDropsProvidersWithFewerCallsInTheAskedRole() {
		load(nineProviders());

		assertThat(ranking("?minCalls=3").ids()).containsExactly("acme", "big", "robo");
		// big carried 3 calls, but only 1 as originator
		assertThat(ranking("?role=ORIGINATING&minCalls=2").ids()).containsExactly("robo");
		assertThat(ranking("?role=INTERMEDIATE&minCalls=2").ids()).containsExactly("big", "whole");
		assertThat(ranking("?role=UNKNOWN&minCalls=2").rows()).isEmpty();
	}

	@Test
	void pagesFollowTheOrderOfTheRankingAndSayWhetherMoreFollow() {
		load(nineProviders());

		var first = ranking("?size=4");
		assertThat(first.ids()).containsExactly("acme", "big", "robo", "whole");
		assertThat(first.hasMore()).isTrue();
		var second = ranking("?size=4&page=1");
		assertThat(second.ids()).containsExactly("gw", "least", "metro", "overseas");
		assertThat(second.hasMore()).isTrue();
		var third = ranking("?size=4&page=2");
		assertThat(third.ids()).containsExactly("spam");
		assertThat(third.hasMore()).isFalse();
		assertThat(ranking("?size=4&page=3").rows()).isEmpty();
		// a page that ends on the last row has no more after it
		var last = ranking("?size=3&page=2");
		assertThat(last.ids()).containsExactly("metro", "overseas", "spam");
		assertThat(last.hasMore()).isFalse();
	}

	@Test
	void theNonResponseShareIsOfUnansweredHopsToFourDecimalsAndAnAnswerAfterMoreThan24HoursIsLate() {
		load(traceback("T1").on("2024-01-05")
			.campaign("K")
			.hops(hop(1, "slow", ORIGINATING).noAnswer(), hop(0, "prompt", TERMINATING).answeredAfterHours(24)),
				traceback("T2").on("2024-01-06")
					.campaign("K")
					.hops(hop(1, "slow", ORIGINATING).noAnswer(), hop(0, "prompt", TERMINATING).answeredAfterHours(25)),
				traceback("T3").on("2024-01-07")
					.campaign("K")
					.hops(hop(1, "slow", ORIGINATING).answeredAfterHours(30), hop(0, "prompt", TERMINATING)));

		// 2 of slow's 3 hops unanswered: 0.6667; prompt's answer after 24 hours is not
		// late
		var rows = ranking("").rows();
		assertThat(rows).containsExactly("prompt 3 0/0/0/3/0 1 2024-01-05..2024-01-07 3 0 1 0.0",
				"slow 3 3/0/0/0/0 1 2024-01-05..2024-01-07 3 2 1 0.6667");
		assertThat(ranking("?from=2024-01-01&to=2024-01-31").rows()).isEqualTo(rows);
		assertThat(ranking("?campaign=K").rows()).isEqualTo(rows);
	}

	@Test
	void aCampaignRanksTheProvidersOnItsCallsOnly() {
		load(twoCampaigns());

		// acme and big carried S's calls too; gw and overseas only S's
		assertThat(ranking("?campaign=K").rows()).containsExactly("robo 3 2/0/0/0/1 1 2024-01-05..2024-03-15 3 0 0 0.0",
				"acme 2 0/0/0/2/0 1 2024-01-05..2024-02-10 2 0 0 0.0",
				"big 2 0/0/2/0/0 1 2024-02-10..2024-04-20 2 0 0 0.0",
				"metro 1 0/0/0/1/0 1 2024-04-20..2024-04-20 1 0 0 0.0",
				"shady 1 1/0/0/0/0 1 2024-04-20..2024-04-20 1 1 0 1.0",
				"whole 1 0/0/1/0/0 1 2024-01-05..2024-01-05 1 0 0 0.0");
	}

	@Test
	void aCampaignWithARoleAndMinCallsNarrowsTheRanking() {
		load(twoCampaigns());

		// robo's row counts all its K calls, ranked by the 2 it originated
		assertThat(ranking("?campaign=K&role=ORIGINATING").rows()).containsExactly(
				"robo 3 2/0/0/0/1 1 2024-01-05..2024-03-15 3 0 0 0.0",
				"shady 1 1/0/0/0/0 1 2024-04-20..2024-04-20 1 1 0 1.0");
		assertThat(ranking("?campaign=K&role=UNKNOWN").rows())
			.containsExactly("robo 3 2/0/0/0/1 1 2024-01-05..2024-03-15 3 0 0 0.0");
		assertThat(ranking("?campaign=S&role=GATEWAY").rows())
			.containsExactly("gw 2 0/2/0/0/0 1 2024-02-15..2024-03-20 2 0 0 0.0");
		assertThat(ranking("?campaign=K&role=TERMINATING").ids()).containsExactly("acme", "metro");
		assertThat(ranking("?campaign=K&minCalls=2").ids()).containsExactly("robo", "acme", "big");
		assertThat(ranking("?campaign=K&role=INTERMEDIATE&minCalls=2").ids()).containsExactly("big");
	}

	@Test
	void aCampaignCountsItsUndatedCallsOnlyWhenNoWindowIsAsked() {
		load(traceback("D1").on("2024-01-05").campaign("K").route("robo", "acme"));
		String undated = traceback("D2").campaign("K")
			.route("robo", "acme")
			.json()
			.replaceFirst(", \"startedAt\": \"[^\"]+\"", "");
		assertThat(postJson("/api/tracebacks", "[" + undated + "]")).hasStatusOk();

		assertThat(ranking("?campaign=K").rows()).containsExactly("acme 2 0/0/0/2/0 1 2024-01-05..2024-01-05 2 0 0 0.0",
				"robo 2 2/0/0/0/0 1 2024-01-05..2024-01-05 2 0 0 0.0");
		assertThat(ranking("?campaign=K&from=2024-01-01").idsAndCalls()).containsExactly("acme 1", "robo 1");
		assertThat(ranking("?campaign=K&to=2024-12-31").idsAndCalls()).containsExactly("acme 1", "robo 1");
	}

	@Test
	void aWindowOfCallDatesCountsOnlyTheCallsMadeInItItsFirstAndLastDayIncluded() {
		load(aroundFebruaryAndMarch());

		assertThat(ranking("?from=2024-02-01&to=2024-03-31").rows()).containsExactly(
				"robo 3 2/0/0/0/1 2 2024-02-01..2024-03-31 3 0 0 0.0",
				"acme 2 0/0/0/2/0 2 2024-02-01..2024-02-20 2 0 0 0.0",
				"whole 2 0/0/2/0/0 1 2024-02-20..2024-03-31 2 0 0 0.0",
				"metro 1 0/0/0/1/0 1 2024-03-31..2024-03-31 1 0 0 0.0",
				"spam 1 1/0/0/0/0 1 2024-02-20..2024-02-20 1 0 0 0.0");
		assertThat(ranking("?from=2024-02-01&to=2024-03-31&minCalls=2").ids()).containsExactly("robo", "acme", "whole");
		assertThat(ranking("?from=2024-02-01&to=2024-03-31&role=ORIGINATING").ids()).containsExactly("robo", "spam");
		assertThat(ranking("?from=2024-02-01&to=2024-03-31&role=UNKNOWN").ids()).containsExactly("robo");
		assertThat(ranking("?from=2024-02-01&to=2024-03-31&role=TERMINATING").ids()).containsExactly("acme", "metro");
	}

	@Test
	void aWindowMayStartAndEndInsideAMonth() {
		load(aroundFebruaryAndMarch());

		// February and March whole, and a day either side
		assertThat(ranking("?from=2024-01-31&to=2024-04-01").idsAndCalls()).containsExactly("robo 5", "acme 4",
				"whole 2", "metro 1", "spam 1");
		// the days either side count towards the rank: acme's 4 calls need both
		assertThat(ranking("?from=2024-01-31&to=2024-04-01&minCalls=4").ids()).containsExactly("robo", "acme");
		assertThat(ranking("?from=2024-01-31&to=2024-04-01&role=ORIGINATING&minCalls=4").ids()).containsExactly("robo");
		// no month whole: the calls of 02-20 and 03-01 only
		assertThat(ranking("?from=2024-02-02&to=2024-03-30").rows()).containsExactly(
				"acme 1 0/0/0/1/0 1 2024-02-20..2024-02-20 1 0 0 0.0",
				"robo 1 0/0/0/0/1 0 2024-03-01..2024-03-01 1 0 0 0.0",
				"spam 1 1/0/0/0/0 1 2024-02-20..2024-02-20 1 0 0 0.0",
				"whole 1 0/0/1/0/0 1 2024-02-20..2024-02-20 1 0 0 0.0");
	}

	@Test
	void aWindowMayBeOpenAtEitherEnd() {
		load(aroundFebruaryAndMarch());

		assertThat(ranking("?to=2024-03-31").rows()).containsExactly(
				"robo 4 3/0/0/0/1 2 2024-01-31..2024-03-31 4 0 0 0.0",
				"acme 3 0/0/0/3/0 2 2024-01-31..2024-02-20 3 0 0 0.0",
				"whole 2 0/0/2/0/0 1 2024-02-20..2024-03-31 2 0 0 0.0",
				"metro 1 0/0/0/1/0 1 2024-03-31..2024-03-31 1 0 0 0.0",
				"spam 1 1/0/0/0/0 1 2024-02-20..2024-02-20 1 0 0 0.0");
		assertThat(ranking("?from=2024-02-20").rows()).containsExactly(
				"robo 3 2/0/0/0/1 2 2024-03-01..2024-04-01 3 0 0 0.0",
				"acme 2 0/0/0/2/0 2 2024-02-20..2024-04-01 2 0 0 0.0",
				"whole 2 0/0/2/0/0 1 2024-02-20..2024-03-31 2 0 0 0.0",
				"metro 1 0/0/0/1/0 1 2024-03-31..2024-03-31 1 0 0 0.0",
				"spam 1 1/0/0/0/0 1 2024-02-20..2024-02-20 1 0 0 0.0");
	}

	@Test
	void aCampaignAndAWindowTogetherCountTheCampaignsCallsInTheWindow() {
		load(twoCampaigns());

		// K2, K3 and K4; S1 falls in the window too, but is S's
		var first = ranking("?campaign=K&from=2024-02-10&to=2024-04-20&size=2");
		assertThat(first.rows()).containsExactly("big 2 0/0/2/0/0 1 2024-02-10..2024-04-20 2 0 0 0.0",
				"robo 2 1/0/0/0/1 1 2024-02-10..2024-03-15 2 0 0 0.0");
		assertThat(first.hasMore()).isTrue();
		var second = ranking("?campaign=K&from=2024-02-10&to=2024-04-20&size=2&page=1");
		assertThat(second.rows()).containsExactly("acme 1 0/0/0/1/0 1 2024-02-10..2024-02-10 1 0 0 0.0",
				"metro 1 0/0/0/1/0 1 2024-04-20..2024-04-20 1 0 0 0.0");
		assertThat(second.hasMore()).isTrue();
		var last = ranking("?campaign=K&from=2024-02-10&to=2024-04-20&size=2&page=2");
		assertThat(last.rows()).containsExactly("shady 1 1/0/0/0/0 1 2024-04-20..2024-04-20 1 1 0 1.0");
		assertThat(last.hasMore()).isFalse();

		assertThat(ranking("?campaign=K&to=2024-02-10").idsAndCalls()).containsExactly("acme 2", "robo 2", "big 1",
				"whole 1");
		assertThat(ranking("?campaign=K&from=2024-03-15").idsAndCalls()).containsExactly("big 1", "metro 1", "robo 1",
				"shady 1");
	}

	@Test
	void aWindowWithNoCallsRanksNobody() {
		load(aroundFebruaryAndMarch());

		assertThat(ranking("?from=2024-04-02").rows()).isEmpty();
		assertThat(ranking("?to=2024-01-30").rows()).isEmpty();
		assertThat(ranking("?from=2024-02-02&to=2024-02-19").rows()).isEmpty();
		assertThat(ranking("?campaign=K&from=2024-04-02").rows()).isEmpty();
		assertThat(ranking("?from=2025-01-01").rows()).isEmpty();
	}

	@Test
	void badParametersAreProblemsWith400NamingTheParameter() {
		load(traceback("T1").campaign("K").route("robo", "acme"));

		assertBadParameter("?role=SPOOFER", "role");
		assertBadParameter("?minCalls=0", "minCalls");
		assertBadParameter("?minCalls=many", "minCalls");
		assertBadParameter("?from=2024-13-01", "from");
		assertBadParameter("?from=2024-06-01&to=2024-01-01", "from");
		assertBadParameter("?campaign=K&from=2024-06-01&to=2024-01-01", "from");
		assertBadParameter("?size=0", "size");
		assertBadParameter("?page=-1", "page");
	}

	@Test
	void anUnknownCampaignIsAProblemWith404() {
		load(traceback("T1").campaign("K").route("robo", "acme"));

		assertThat(this.mvc.get().uri("/api/providers/ranking?campaign=No-Such-Campaign")).hasStatus(404)
			.hasContentType("application/problem+json")
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("No campaign with id 'No-Such-Campaign'");
		assertThat(ranking("?campaign=K").ids()).containsExactly("acme", "robo");
	}

	private void assertBadParameter(String query, String field) {
		assertThat(this.mvc.get().uri("/api/providers/ranking" + query)).as(query)
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo(field);
	}

}
