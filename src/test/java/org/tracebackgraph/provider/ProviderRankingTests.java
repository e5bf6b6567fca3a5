package org.tracebackgraph.provider;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking of providers on the investigation graph: 20 tracebacks plus the two calls
 * of the letter to robo-origin (at an unknown position). Rows read
 * {@code id calls originating/gateway/intermediate/terminating/unknown campaigns first..last hops noResponses share}.
 */
class ProviderRankingTests extends GraphTest {

	@BeforeEach
	void investigationGraph() {
		loadInvestigationGraph();
	}

	private ProviderRankings.Answer ranking(String query) {
		return ProviderRankings.read(this.mvc.get().uri("/api/providers/ranking" + query).exchange());
	}

	@Test
	void withoutFiltersEveryProviderIsRankedByAllItsTracedCallsFromTheCounters() {
		var answer = ranking("");

		assertThat(answer.rows()).containsExactly("big-carrier 12 0/0/12/0/0 2 2024-01-05..2024-06-20 12 0 0.0",
				"acme-voice 11 0/0/0/11/0 3 2024-01-05..2024-06-20 11 0 0.0",
				"robo-origin 10 8/0/0/0/2 1 2024-01-05..2024-06-20 10 0 0.0",
				"wholesale-one 10 0/0/10/0/0 2 2024-01-05..2024-06-10 10 0 0.0",
				"metro-tel 9 0/0/0/9/0 3 2024-02-01..2024-06-15 9 0 0.0",
				"least-cost 6 0/0/6/0/0 2 2024-02-01..2024-06-03 6 1 0.1667",
				"gateway-global 5 0/5/0/0/0 2 2024-01-15..2024-06-20 5 0 0.0",
				"overseas-voip 4 4/0/0/0/0 1 2024-01-15..2024-04-15 4 4 1.0",
				"spam-dialer 3 3/0/0/0/0 1 2024-02-01..2024-06-03 3 0 0.0",
				"far-telecom 2 2/0/0/0/0 1 2024-04-25..2024-06-10 2 2 1.0",
				"portal-gw 2 0/2/0/0/0 1 2024-04-25..2024-06-10 2 0 0.0",
				"shady-voip 2 2/0/0/0/0 1 2024-03-20..2024-05-05 2 1 0.5");
		assertThat(answer.hasMore()).isFalse();
	}

	@Test
	void aRowNamesTheProviderAndItsCountry() {
		assertThat(this.mvc.get().uri("/api/providers/ranking?role=ORIGINATING&size=2")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"items": [{"provider": {"id": "robo-origin", "name": "Robo Origin VoIP", "country": "US"}},
					           {"provider": {"id": "overseas-voip", "name": "Overseas VoIP Pvt Ltd", "country": "IN"}}],
					 "page": 0, "size": 2, "hasMore": true}""");
	}

	@Test
	void eachRoleRanksOnlyTheProvidersThatHadItByTheirCallsInIt() {
		assertThat(ranking("?role=ORIGINATING").rows()).containsExactly(
				"robo-origin 10 8/0/0/0/2 1 2024-01-05..2024-06-20 10 0 0.0",
				"overseas-voip 4 4/0/0/0/0 1 2024-01-15..2024-04-15 4 4 1.0",
				"spam-dialer 3 3/0/0/0/0 1 2024-02-01..2024-06-03 3 0 0.0",
				"far-telecom 2 2/0/0/0/0 1 2024-04-25..2024-06-10 2 2 1.0",
				"shady-voip 2 2/0/0/0/0 1 2024-03-20..2024-05-05 2 1 0.5");
		assertThat(ranking("?role=GATEWAY").rows()).containsExactly(
				"gateway-global 5 0/5/0/0/0 2 2024-01-15..2024-06-20 5 0 0.0",
				"portal-gw 2 0/2/0/0/0 1 2024-04-25..2024-06-10 2 0 0.0");
		assertThat(ranking("?role=INTERMEDIATE").rows()).containsExactly(
				"big-carrier 12 0/0/12/0/0 2 2024-01-05..2024-06-20 12 0 0.0",
				"wholesale-one 10 0/0/10/0/0 2 2024-01-05..2024-06-10 10 0 0.0",
				"least-cost 6 0/0/6/0/0 2 2024-02-01..2024-06-03 6 1 0.1667");
		assertThat(ranking("?role=TERMINATING").rows()).containsExactly(
				"acme-voice 11 0/0/0/11/0 3 2024-01-05..2024-06-20 11 0 0.0",
				"metro-tel 9 0/0/0/9/0 3 2024-02-01..2024-06-15 9 0 0.0");
		assertThat(ranking("?role=UNKNOWN").rows())
			.containsExactly("robo-origin 10 8/0/0/0/2 1 2024-01-05..2024-06-20 10 0 0.0");
		assertThat(ranking("?role=any").rows()).isEqualTo(ranking("?role=ANY").rows()).isEqualTo(ranking("").rows());
	}

	@Test
	void minCallsDropsProvidersWithFewerCallsInTheAskedRole() {
		assertThat(ranking("?minCalls=10").rows()).extracting(row -> row.split(" ")[0])
			.containsExactly("big-carrier", "acme-voice", "robo-origin", "wholesale-one");
		assertThat(ranking("?role=ORIGINATING&minCalls=3").rows()).extracting(row -> row.split(" ")[0])
			.containsExactly("robo-origin", "overseas-voip", "spam-dialer");
		assertThat(ranking("?role=UNKNOWN&minCalls=3").rows()).isEmpty();
	}

	@Test
	void pagesFollowTheOrderOfTheRanking() {
		var second = ranking("?size=5&page=1");
		assertThat(second.rows()).extracting(row -> row.split(" ")[0])
			.containsExactly("least-cost", "gateway-global", "overseas-voip", "spam-dialer", "far-telecom");
		assertThat(second.hasMore()).isTrue();

		var third = ranking("?size=5&page=2");
		assertThat(third.rows()).extracting(row -> row.split(" ")[0]).containsExactly("portal-gw", "shady-voip");
		assertThat(third.hasMore()).isFalse();

		assertThat(ranking("?size=5&page=3").rows()).isEmpty();
	}

	@Test
	void aCampaignRanksTheProvidersOnItsCallsOnly() {
		assertThat(ranking("?campaign=SSA-LawEnforcement").rows()).containsExactly(
				"big-carrier 4 0/0/4/0/0 1 2024-01-15..2024-04-15 4 0 0.0",
				"gateway-global 4 0/4/0/0/0 1 2024-01-15..2024-04-15 4 0 0.0",
				"overseas-voip 4 4/0/0/0/0 1 2024-01-15..2024-04-15 4 4 1.0",
				"acme-voice 3 0/0/0/3/0 1 2024-01-15..2024-04-15 3 0 0.0",
				"metro-tel 3 0/0/0/3/0 1 2024-03-15..2024-06-10 3 0 0.0",
				"far-telecom 2 2/0/0/0/0 1 2024-04-25..2024-06-10 2 2 1.0",
				"portal-gw 2 0/2/0/0/0 1 2024-04-25..2024-06-10 2 0 0.0",
				"wholesale-one 2 0/0/2/0/0 1 2024-04-25..2024-06-10 2 0 0.0");
	}

	@Test
	void aCampaignWithARoleAndMinCallsNarrowsTheRanking() {
		// robo-origin carried 10 Amazon calls, 8 of them as originator (2 at an unknown
		// position, from the letter)
		assertThat(ranking("?campaign=Amazon-Impers-P2&role=ORIGINATING").rows()).containsExactly(
				"robo-origin 10 8/0/0/0/2 1 2024-01-05..2024-06-20 10 0 0.0",
				"shady-voip 2 2/0/0/0/0 1 2024-03-20..2024-05-05 2 1 0.5");
		assertThat(ranking("?campaign=SSA-LawEnforcement&role=GATEWAY").rows()).containsExactly(
				"gateway-global 4 0/4/0/0/0 1 2024-01-15..2024-04-15 4 0 0.0",
				"portal-gw 2 0/2/0/0/0 1 2024-04-25..2024-06-10 2 0 0.0");
		assertThat(ranking("?campaign=Utility-SupplyCharges&role=TERMINATING").rows()).containsExactly(
				"metro-tel 3 0/0/0/3/0 1 2024-02-01..2024-06-03 3 0 0.0",
				"acme-voice 1 0/0/0/1/0 1 2024-05-30..2024-05-30 1 0 0.0");
		assertThat(ranking("?campaign=SSA-LawEnforcement&minCalls=4").rows()).extracting(row -> row.split(" ")[0])
			.containsExactly("big-carrier", "gateway-global", "overseas-voip");
	}

	@Test
	void aWindowOfCallDatesCountsOnlyTheCallsMadeInIt() {
		assertThat(ranking("?from=2024-02-01&to=2024-03-31").rows()).containsExactly(
				"big-carrier 4 0/0/4/0/0 2 2024-02-10..2024-03-15 4 0 0.0",
				"metro-tel 4 0/0/0/4/0 3 2024-02-01..2024-03-15 4 0 0.0",
				"acme-voice 3 0/0/0/3/0 2 2024-02-15..2024-03-20 3 0 0.0",
				"least-cost 3 0/0/3/0/0 2 2024-02-01..2024-03-20 3 0 0.0",
				"wholesale-one 3 0/0/3/0/0 1 2024-02-10..2024-03-20 3 0 0.0",
				"gateway-global 2 0/2/0/0/0 1 2024-02-15..2024-03-15 2 0 0.0",
				"overseas-voip 2 2/0/0/0/0 1 2024-02-15..2024-03-15 2 2 1.0",
				"robo-origin 2 2/0/0/0/0 1 2024-02-10..2024-03-01 2 0 0.0",
				"spam-dialer 2 2/0/0/0/0 1 2024-02-01..2024-02-02 2 0 0.0",
				"shady-voip 1 1/0/0/0/0 1 2024-03-20..2024-03-20 1 0 0.0");
		assertThat(ranking("?from=2024-02-01&to=2024-03-31&role=ORIGINATING").rows())
			.extracting(row -> row.split(" ")[0])
			.containsExactly("overseas-voip", "robo-origin", "spam-dialer", "shady-voip");
	}

	@Test
	void aWindowMayBeOpenAtEitherEnd() {
		// the letter's two calls (2024-01-05 and 2024-01-20) fall in January
		assertThat(ranking("?to=2024-01-31").rows()).containsExactly(
				"robo-origin 4 2/0/0/0/2 1 2024-01-05..2024-01-20 4 0 0.0",
				"acme-voice 3 0/0/0/3/0 2 2024-01-05..2024-01-20 3 0 0.0",
				"big-carrier 3 0/0/3/0/0 2 2024-01-05..2024-01-20 3 0 0.0",
				"wholesale-one 2 0/0/2/0/0 1 2024-01-05..2024-01-20 2 0 0.0",
				"gateway-global 1 0/1/0/0/0 1 2024-01-15..2024-01-15 1 0 0.0",
				"overseas-voip 1 1/0/0/0/0 1 2024-01-15..2024-01-15 1 1 1.0");
		assertThat(ranking("?from=2024-06-01").rows()).extracting(row -> row.split(" ")[0] + " " + row.split(" ")[1])
			.containsExactly("metro-tel 3", "big-carrier 2", "robo-origin 2", "acme-voice 1", "far-telecom 1",
					"gateway-global 1", "least-cost 1", "portal-gw 1", "spam-dialer 1", "wholesale-one 1");
	}

	@Test
	void aCampaignAndAWindowTogetherCountTheCampaignsCallsInTheWindow() {
		var answer = ranking("?campaign=Amazon-Impers-P2&from=2024-04-01&to=2024-06-30&size=3");

		assertThat(answer.rows()).containsExactly("big-carrier 4 0/0/4/0/0 1 2024-04-12..2024-06-20 4 0 0.0",
				"robo-origin 4 4/0/0/0/0 1 2024-04-12..2024-06-20 4 0 0.0",
				"acme-voice 3 0/0/0/3/0 1 2024-05-05..2024-06-20 3 0 0.0");
		assertThat(answer.hasMore()).isTrue();
		var rest = ranking("?campaign=Amazon-Impers-P2&from=2024-04-01&to=2024-06-30&size=3&page=1");
		assertThat(rest.rows()).containsExactly("wholesale-one 3 0/0/3/0/0 1 2024-04-12..2024-05-22 3 0 0.0",
				"metro-tel 2 0/0/0/2/0 1 2024-04-12..2024-06-15 2 0 0.0",
				"gateway-global 1 0/1/0/0/0 1 2024-06-20..2024-06-20 1 0 0.0");
		assertThat(rest.hasMore()).isTrue();
		var last = ranking("?campaign=Amazon-Impers-P2&from=2024-04-01&to=2024-06-30&size=3&page=2");
		assertThat(last.rows()).containsExactly("least-cost 1 0/0/1/0/0 1 2024-05-05..2024-05-05 1 0 0.0",
				"shady-voip 1 1/0/0/0/0 1 2024-05-05..2024-05-05 1 1 1.0");
		assertThat(last.hasMore()).isFalse();
	}

	@Test
	void aWindowWithNoCallsRanksNobody() {
		assertThat(ranking("?from=2025-01-01").rows()).isEmpty();
	}

	@Test
	void badParametersAreProblemsWith400NamingTheParameter() {
		assertThat(this.mvc.get().uri("/api/providers/ranking?role=SPOOFER")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("role");
		assertThat(this.mvc.get().uri("/api/providers/ranking?minCalls=0")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("minCalls");
		assertThat(this.mvc.get().uri("/api/providers/ranking?minCalls=many")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("minCalls");
		assertThat(this.mvc.get().uri("/api/providers/ranking?from=2024-13-01")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("from");
		assertThat(this.mvc.get().uri("/api/providers/ranking?from=2024-06-01&to=2024-01-01")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("from");
		assertThat(this.mvc.get().uri("/api/providers/ranking?size=0")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("size");
		assertThat(this.mvc.get().uri("/api/providers/ranking?page=-1")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("page");
	}

	@Test
	void anUnknownCampaignIsAProblemWith404() {
		assertThat(this.mvc.get().uri("/api/providers/ranking?campaign=No-Such-Campaign")).hasStatus(404)
			.hasContentType("application/problem+json")
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("No campaign with id 'No-Such-Campaign'");
	}

}
