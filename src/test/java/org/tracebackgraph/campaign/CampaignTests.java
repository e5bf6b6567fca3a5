package org.tracebackgraph.campaign;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignTests extends GraphTest {

	@Test
	void campaignsAreRankedByTracedCalls() {
		loadInvestigationGraph();

		assertThat(this.mvc.get().uri("/api/campaigns")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"items": [
				  {"name": "Amazon-Impers-P2", "calls": 12, "callerIds": 9, "providers": 8,
				   "firstSeen": "2024-01-05", "lastSeen": "2024-06-20"},
				  {"name": "SSA-LawEnforcement", "calls": 6, "callerIds": 5, "providers": 8,
				   "firstSeen": "2024-01-15", "lastSeen": "2024-06-10"},
				  {"name": "Utility-SupplyCharges", "calls": 4, "callerIds": 3, "providers": 4,
				   "firstSeen": "2024-02-01", "lastSeen": "2024-06-03"}],
				 "page": 0, "size": 20, "hasMore": false}
				""");
	}

	@Test
	void aWindowCountsOnlyTheCallsMadeInIt() {
		loadInvestigationGraph();

		assertThat(this.mvc.get().uri("/api/campaigns?from=2024-01-01&to=2024-03-31")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items": [
					  {"name": "Amazon-Impers-P2", "calls": 7, "callerIds": 4, "providers": 7,
					   "firstSeen": "2024-01-05", "lastSeen": "2024-03-20"},
					  {"name": "SSA-LawEnforcement", "calls": 3, "callerIds": 2, "providers": 5,
					   "firstSeen": "2024-01-15", "lastSeen": "2024-03-15"},
					  {"name": "Utility-SupplyCharges", "calls": 2, "callerIds": 1, "providers": 3,
					   "firstSeen": "2024-02-01", "lastSeen": "2024-02-02"}],
					 "page": 0, "size": 20, "hasMore": false}
					""");
		assertThat(this.mvc.get().uri("/api/campaigns?from=2024-06-11")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].name")
			.asArray()
			.containsExactly("Amazon-Impers-P2");
	}

	@Test
	void theRankingComesInPages() {
		loadInvestigationGraph();

		var first = assertThat(this.mvc.get().uri("/api/campaigns?size=2")).hasStatusOk().bodyJson();
		first.extractingPath("$.items[*].name").asArray().containsExactly("Amazon-Impers-P2", "SSA-LawEnforcement");
		first.extractingPath("$.hasMore").isEqualTo(true);
		var second = assertThat(this.mvc.get().uri("/api/campaigns?size=2&page=1")).hasStatusOk().bodyJson();
		second.extractingPath("$.items[*].name").asArray().containsExactly("Utility-SupplyCharges");
		second.extractingPath("$.hasMore").isEqualTo(false);
		assertThat(this.mvc.get().uri("/api/campaigns?from=2024-01-01&to=2024-03-31&size=1&page=2")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].name")
			.asArray()
			.containsExactly("Utility-SupplyCharges");
	}

	@Test
	void aCampaignShowsItsCallerIdsProvidersByRoleAndCommonRoutes() {
		loadInvestigationGraph();

		assertThat(this.mvc.get().uri("/api/campaigns/SSA-LawEnforcement")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"name": "SSA-LawEnforcement", "calls": 6, "callerIds": 5, "providers": 8,
							 "firstSeen": "2024-01-15", "lastSeen": "2024-06-10",
							 "topCallerIds": [{"callerId": "+18005550111", "calls": 2}, {"callerId": "+18005550112", "calls": 1},
							                  {"callerId": "+18005550113", "calls": 1}, {"callerId": "+18005550114", "calls": 1},
							                  {"callerId": "+18005550115", "calls": 1}],
							 "topCallerIdsTruncated": false,
							 "providersByRole": {
							   "GATEWAY": [{"providerId": "gateway-global", "name": "Gateway Global LLC", "calls": 4},
							               {"providerId": "portal-gw", "name": "Portal Gateway Co", "calls": 2}],
							   "INTERMEDIATE": [{"providerId": "big-carrier", "name": "Big Carrier Inc", "calls": 4},
							                    {"providerId": "wholesale-one", "name": "Wholesale One Corp", "calls": 2}],
							   "ORIGINATING": [{"providerId": "overseas-voip", "name": "Overseas VoIP Pvt Ltd", "calls": 4},
							                   {"providerId": "far-telecom", "name": "Far Telecom Corp", "calls": 2}],
							   "TERMINATING": [{"providerId": "acme-voice", "name": "Acme Voice LLC", "calls": 3},
							                   {"providerId": "metro-tel", "name": "Metro Tel Inc", "calls": 3}]},
							 "providersByRoleTruncated": [],
							 "originators": [{"providerId": "overseas-voip", "name": "Overseas VoIP Pvt Ltd", "calls": 4},
							                 {"providerId": "far-telecom", "name": "Far Telecom Corp", "calls": 2}],
							 "gateways": [{"providerId": "gateway-global", "name": "Gateway Global LLC", "calls": 4},
							              {"providerId": "portal-gw", "name": "Portal Gateway Co", "calls": 2}],
							 "routeSignatures": [
							   {"providers": ["overseas-voip", "gateway-global", "big-carrier", "acme-voice"], "complete": false, "calls": 3},
							   {"providers": ["far-telecom", "portal-gw", "wholesale-one", "metro-tel"], "complete": false, "calls": 2},
							   {"providers": ["overseas-voip", "gateway-global", "big-carrier", "metro-tel"], "complete": false, "calls": 1}],
							 "routeSignaturesTruncated": false,
							 "routeSignaturesSampled": false,
							 "letters": []}
							""");
	}

	@Test
	void routeSignaturesTellCompleteRoutesFromBrokenOnes() {
		loadInvestigationGraph();

		assertThat(this.mvc.get().uri("/api/campaigns/Utility-SupplyCharges")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.routeSignatures")
			.isEqualTo(java.util.List.of(
					java.util.Map.of("providers", java.util.List.of("spam-dialer", "least-cost", "metro-tel"),
							"complete", true, "calls", 3),
					java.util.Map.of("providers", java.util.List.of("least-cost", "acme-voice"), "complete", false,
							"calls", 1)));
	}

	@Test
	void aCampaignNamesTheLettersThatCiteIt() {
		loadInvestigationGraph();

		assertThat(this.mvc.get().uri("/api/campaigns/Amazon-Impers-P2")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.letters")
			.isEqualTo(java.util.List.of(java.util.Map.of("letterId", "FX-LETTER-ROBO", "issuer",
					"Federal Trade Commission", "issuedOn", "2024-03-15", "kind", "cease-and-desist demand")));
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
