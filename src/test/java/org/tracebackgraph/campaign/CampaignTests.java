package org.tracebackgraph.campaign;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;
import org.tracebackgraph.TestTracebacks.Traceback;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracebackgraph.TestTracebacks.GATEWAY;
import static org.tracebackgraph.TestTracebacks.INTERMEDIATE;
import static org.tracebackgraph.TestTracebacks.ORIGINATING;
import static org.tracebackgraph.TestTracebacks.TERMINATING;
import static org.tracebackgraph.TestTracebacks.hop;
import static org.tracebackgraph.TestTracebacks.traceback;

class CampaignTests extends GraphTest {

	/**
	 * Three campaigns: Amazon-Impers (4 calls, 3 caller IDs, two domestic originators),
	 * SSA-Impers (3 calls through a foreign originator that does not answer and a
	 * gateway) and Utility (one complete route and one that stops at a silent
	 * intermediate).
	 */
	private void threeCampaigns() {
		load(traceback("A1").on("2024-01-05")
			.campaign("Amazon-Impers")
			.callerId("+12125550101")
			.route("orig-1", "mid", "term-1"),
				traceback("A2").on("2024-02-10")
					.campaign("Amazon-Impers")
					.callerId("+12125550101")
					.route("orig-1", "mid", "term-1"),
				traceback("A3").on("2024-03-20")
					.campaign("Amazon-Impers")
					.callerId("+12125550102")
					.route("orig-2", "mid", "term-2"),
				traceback("A4").on("2024-06-20")
					.campaign("Amazon-Impers")
					.callerId("+12125550103")
					.route("orig-1", "mid", "term-1"),
				ssa("S1", "2024-01-15", "+18005550111", "term-1"), ssa("S2", "2024-04-01", "+18005550111", "term-2"),
				ssa("S3", "2024-06-10", "+18005550112", "term-1"),
				traceback("U1").on("2024-02-01").campaign("Utility").callerId("+13125550100").route("orig-3", "term-2"),
				traceback("U2").on("2024-06-03")
					.campaign("Utility")
					.callerId("+13125550100")
					.hops(hop(0, "term-2", TERMINATING), hop(1, "mid", INTERMEDIATE).noAnswer()));
	}

	private static Traceback ssa(String id, String day, String callerId, String terminating) {
		return traceback(id).on(day)
			.campaign("SSA-Impers")
			.callerId(callerId)
			.hops(hop(0, terminating, TERMINATING), hop(1, "mid", INTERMEDIATE), hop(2, "gw", GATEWAY),
					hop(3, "far", ORIGINATING).in("IN").noAnswer());
	}

	@Test
	void campaignsAreRankedByTracedCalls() {
		threeCampaigns();

		assertThat(this.mvc.get().uri("/api/campaigns")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"items": [
				  {"name": "Amazon-Impers", "calls": 4, "callerIds": 3, "providers": 5,
				   "firstSeen": "2024-01-05", "lastSeen": "2024-06-20"},
				  {"name": "SSA-Impers", "calls": 3, "callerIds": 2, "providers": 5,
				   "firstSeen": "2024-01-15", "lastSeen": "2024-06-10"},
				  {"name": "Utility", "calls": 2, "callerIds": 1, "providers": 3,
				   "firstSeen": "2024-02-01", "lastSeen": "2024-06-03"}],
				 "page": 0, "size": 20, "hasMore": false}
				""");
	}

	@Test
	void aWindowCountsOnlyTheCallsMadeInIt() {
		threeCampaigns();

		assertThat(this.mvc.get().uri("/api/campaigns?from=2024-01-01&to=3/31/2024")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items": [
					  {"name": "Amazon-Impers", "calls": 3, "callerIds": 2, "providers": 5,
					   "firstSeen": "2024-01-05", "lastSeen": "2024-03-20"},
					  {"name": "SSA-Impers", "calls": 1, "callerIds": 1, "providers": 4,
					   "firstSeen": "2024-01-15", "lastSeen": "2024-01-15"},
					  {"name": "Utility", "calls": 1, "callerIds": 1, "providers": 2,
					   "firstSeen": "2024-02-01", "lastSeen": "2024-02-01"}],
					 "page": 0, "size": 20, "hasMore": false}
					""");
		assertThat(this.mvc.get().uri("/api/campaigns?from=2024-06-11")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].name")
			.asArray()
			.containsExactly("Amazon-Impers");
	}

	@Test
	void theRankingComesInPages() {
		threeCampaigns();

		var first = assertThat(this.mvc.get().uri("/api/campaigns?size=2")).hasStatusOk().bodyJson();
		first.extractingPath("$.items[*].name").asArray().containsExactly("Amazon-Impers", "SSA-Impers");
		first.extractingPath("$.hasMore").isEqualTo(true);
		var second = assertThat(this.mvc.get().uri("/api/campaigns?size=2&page=1")).hasStatusOk().bodyJson();
		second.extractingPath("$.items[*].name").asArray().containsExactly("Utility");
		second.extractingPath("$.hasMore").isEqualTo(false);
		assertThat(this.mvc.get().uri("/api/campaigns?from=2024-01-01&to=2024-03-31&size=1&page=2")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].name")
			.asArray()
			.containsExactly("Utility");
	}

	@Test
	void aCampaignShowsItsCallerIdsProvidersByRoleAndCommonRoutes() {
		threeCampaigns();

		assertThat(this.mvc.get().uri("/api/campaigns/SSA-Impers")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"name": "SSA-Impers", "calls": 3, "callerIds": 2, "providers": 5,
				 "firstSeen": "2024-01-15", "lastSeen": "2024-06-10",
				 "topCallerIds": [{"callerId": "+18005550111", "calls": 2}, {"callerId": "+18005550112", "calls": 1}],
				 "topCallerIdsTruncated": false,
				 "providersByRole": {
				   "GATEWAY": [{"providerId": "gw", "name": "gw", "calls": 3}],
				   "INTERMEDIATE": [{"providerId": "mid", "name": "mid", "calls": 3}],
				   "ORIGINATING": [{"providerId": "far", "name": "far", "calls": 3}],
				   "TERMINATING": [{"providerId": "term-1", "name": "term-1", "calls": 2},
				                   {"providerId": "term-2", "name": "term-2", "calls": 1}]},
				 "providersByRoleTruncated": [],
				 "originators": [{"providerId": "far", "name": "far", "calls": 3}],
				 "gateways": [{"providerId": "gw", "name": "gw", "calls": 3}],
				 "routeSignatures": [
				   {"providers": ["far", "gw", "mid", "term-1"], "complete": false, "calls": 2},
				   {"providers": ["far", "gw", "mid", "term-2"], "complete": false, "calls": 1}],
				 "routeSignaturesTruncated": false,
				 "routeSignaturesSampled": false,
				 "letters": []}
				""");
	}

	@Test
	void routeSignaturesTellCompleteRoutesFromBrokenOnes() {
		threeCampaigns();

		assertThat(this.mvc.get().uri("/api/campaigns/Utility")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.routeSignatures")
			.isEqualTo(List.of(Map.of("providers", List.of("orig-3", "term-2"), "complete", true, "calls", 1),
					Map.of("providers", List.of("mid", "term-2"), "complete", false, "calls", 1)));
	}

	@Test
	void aCampaignNamesTheLettersThatCiteIt() {
		threeCampaigns();
		assertThat(this.mvc.post()
			.uri("/api/imports/letters")
			.multipart()
			.file(new MockMultipartFile("letter", "l.json", "application/json", """
					{"letter_id": "L-1", "issuer": "Federal Trade Commission", "issued_on": "2024-03-15",
					 "kind": "cease-and-desist demand", "recipient": {"name": "orig-1"},
					 "campaigns_named": ["Amazon-Impers"]}""".getBytes(StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("chart", "c.csv", "text/csv",
					"Date of ITG Notification,Date of Call\n3/1/2024,2/29/2024\n".getBytes(StandardCharsets.UTF_8)))
			.exchange()).hasStatusOk();

		assertThat(this.mvc.get().uri("/api/campaigns/by-name?name=Amazon-Impers")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.letters")
			.isEqualTo(List.of(Map.of("letterId", "L-1", "issuer", "Federal Trade Commission", "issuedOn", "2024-03-15",
					"kind", "cease-and-desist demand")));
	}

	@Test
	void anyCampaignNameIsReachableAsAQueryParameter() {
		load(traceback("P1").campaign("Discount-Avail50%").route("orig-1", "term-1"),
				traceback("P2").campaign("Back\\slash #1?").route("orig-1", "term-1"));

		assertThat(this.mvc.get().uri("/api/campaigns/by-name?name={name}", "Discount-Avail50%")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.calls")
			.isEqualTo(1);
		assertThat(this.mvc.get().uri("/api/campaigns/by-name?name={name}", "Back\\slash #1?")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.name")
			.isEqualTo("Back\\slash #1?");
		assertThat(this.mvc.get().uri("/api/campaigns/by-name?name=Nothing")).hasStatus(404);
	}

	@Test
	void aCampaignNameWithSlashesAndSpacesIsThePath() {
		assertThat(this.mvc.post()
			.uri("/api/imports/letters")
			.multipart()
			.file(new MockMultipartFile("letter", "l.json", "application/json",
					Examples.bytes("letters/ftc-2023-11-27-bandwidth-letter.json")))
			.file(new MockMultipartFile("chart", "c.csv", "text/csv",
					Examples.bytes("letters/ftc-2023-11-27-bandwidth-attachment-a.csv")))
			.exchange()).hasStatusOk();

		var slashes = assertThat(this.mvc.get().uri("/api/campaigns/Chinese-ISP/Cable/Wireless-Impers")).hasStatusOk()
			.bodyJson();
		slashes.extractingPath("$.calls").isEqualTo(2);
		slashes.extractingPath("$.callerIds").isEqualTo(2);
		slashes.extractingPath("$.providersByRole.UNKNOWN[0].providerId").isEqualTo("bandwidth-inc");
		slashes.extractingPath("$.routeSignatures").asArray().isEmpty();
		slashes.extractingPath("$.letters[0].letterId").isEqualTo("FTC-2023-11-27-BANDWIDTH");
		assertThat(this.mvc.get().uri("/api/campaigns/Tech Support-Lumen")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.calls")
			.isEqualTo(2);
	}

	@Test
	void unknownCampaignsAndBadParametersAreProblems() {
		assertThat(this.mvc.get().uri("/api/campaigns/No-Such-Campaign")).hasStatus(404)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("No campaign with id 'No-Such-Campaign'");
		assertThat(this.mvc.get().uri("/api/campaigns?size=0")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("size");
		assertThat(this.mvc.get().uri("/api/campaigns?page=-1")).hasStatus(400);
		assertThat(this.mvc.get().uri("/api/campaigns?from=yesterday")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("from");
		assertThat(this.mvc.get().uri("/api/campaigns?size=abc")).hasStatus(400);
	}

}
