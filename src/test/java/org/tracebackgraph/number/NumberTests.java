package org.tracebackgraph.number;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracebackgraph.GraphTest;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class NumberTests extends GraphTest {

	@Test
	void aCallerIdShowsItsCallsCampaignsProvidersAndTheNumbersItHangsTogetherWith() {
		loadInvestigationGraph();

		assertThat(this.mvc.get().uri("/api/numbers/+12125550101")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"e164": "+12125550101", "valid": true, "region": "US", "totalCalls": 3,
							 "calls": {"items": [
							   {"callId": "FX-C-04", "startedAt": "2024-03-01T18:00:00Z", "startedOn": "2024-03-01",
							    "campaign": "Amazon-Impers-P2", "tracebacks": [{"tracebackId": "FX-T-04", "status": "COMPLETE"}]},
							   {"callId": "FX-C-01", "startedAt": "2024-01-05T15:00:00Z", "startedOn": "2024-01-05",
							    "campaign": "Amazon-Impers-P2", "tracebacks": [{"tracebackId": "FX-T-01", "status": "COMPLETE"}]},
							   {"callId": "FX-LETTER-ROBO-R002", "startedOn": "2024-01-05", "campaign": "Amazon-Impers-P2",
							    "tracebacks": [{"tracebackId": "FX-LETTER-ROBO-R002", "status": "PARTIAL"}]}],
							  "page": 0, "size": 20, "hasMore": false},
							 "campaigns": [{"campaign": "Amazon-Impers-P2", "calls": 3}], "campaignsTruncated": false,
							 "providers": [
							   {"providerId": "robo-origin", "name": "Robo Origin VoIP", "roles": ["ORIGINATING", "UNKNOWN"], "calls": 3},
							   {"providerId": "acme-voice", "name": "Acme Voice LLC", "roles": ["TERMINATING"], "calls": 2},
							   {"providerId": "big-carrier", "name": "Big Carrier Inc", "roles": ["INTERMEDIATE"], "calls": 2},
							   {"providerId": "wholesale-one", "name": "Wholesale One Corp", "roles": ["INTERMEDIATE"], "calls": 2}],
							 "providersTruncated": false,
							 "relatedCallerIds": [
							   {"callerId": "+12125550102", "sharedCampaigns": ["Amazon-Impers-P2"], "sharedOriginators": ["robo-origin"], "overlap": 2},
							   {"callerId": "+12125550103", "sharedCampaigns": ["Amazon-Impers-P2"], "sharedOriginators": ["robo-origin"], "overlap": 2},
							   {"callerId": "+12125550104", "sharedCampaigns": ["Amazon-Impers-P2"], "sharedOriginators": ["robo-origin"], "overlap": 2},
							   {"callerId": "+12125550105", "sharedCampaigns": ["Amazon-Impers-P2"], "sharedOriginators": ["robo-origin"], "overlap": 2},
							   {"callerId": "+12125550108", "sharedCampaigns": ["Amazon-Impers-P2"], "sharedOriginators": ["robo-origin"], "overlap": 2},
							   {"callerId": "+12125550109", "sharedCampaigns": ["Amazon-Impers-P2"], "sharedOriginators": ["robo-origin"], "overlap": 2},
							   {"callerId": "+12125550106", "sharedCampaigns": ["Amazon-Impers-P2"], "sharedOriginators": [], "overlap": 1},
							   {"callerId": "+12125550107", "sharedCampaigns": ["Amazon-Impers-P2"], "sharedOriginators": [], "overlap": 1}],
							 "relatedCallerIdsTruncated": false}
							""");
	}

	@ParameterizedTest(name = "{0} finds the same number")
	@ValueSource(strings = { "+18005550111", "(800) 555-0111", "800.555.0111", "1-800-555-0111", "+1 800 555 0111" })
	void anyCommonFormOfTheNumberFindsIt(String form) {
		loadInvestigationGraph();

		var report = assertThat(this.mvc.get().uri("/api/numbers/{number}", form)).hasStatusOk().bodyJson();

		report.extractingPath("$.e164").isEqualTo("+18005550111");
		report.extractingPath("$.calls.items[*].callId").asArray().containsExactly("FX-C-09", "FX-C-07");
		report.extractingPath("$.relatedCallerIds[*].callerId")
			.asArray()
			.containsExactly("+18005550112", "+18005550113", "+18005550114", "+18005550115");
	}

	@Test
	void theCallsComeInPages() {
		loadInvestigationGraph();

		var page = assertThat(this.mvc.get().uri("/api/numbers/+12125550101?size=1&page=1")).hasStatusOk().bodyJson();

		page.extractingPath("$.calls.items[*].callId").asArray().containsExactly("FX-C-01");
		page.extractingPath("$.calls.hasMore").isEqualTo(true);
		page.extractingPath("$.totalCalls").isEqualTo(3);
	}

	@Test
	void anUnknownNumberIsA404ThatDoesNotRepeatIt() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/numbers/+12125559876").exchange();

		assertThat(result).hasStatus(404);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("…9876")
			.contains("\"instance\":\"/api/numbers/\u2026\"")
			.doesNotContain("212555");
	}

	@Test
	void textThatIsNotAPhoneNumberIsA400NamingTheParameter() {
		assertThat(this.mvc.get().uri("/api/numbers/not-a-number")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("e164");
		assertThat(this.mvc.get().uri("/api/numbers/+12125550101?size=500")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("size");
	}

}
