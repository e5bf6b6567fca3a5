package org.tracebackgraph.number;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracebackgraph.GraphTest;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracebackgraph.TestTracebacks.traceback;

class NumberTests extends GraphTest {

	/**
	 * +12125550101 shows on three calls of campaign K originated by robo; +12125550102
	 * shares both the campaign and the originator with it, +12125550103 the campaign
	 * only, +12125550104 the originator only, and +12125550105 neither.
	 */
	private void numbers() {
		load(traceback("T1").on("2024-01-05").campaign("K").callerId("+12125550101").route("robo", "mid", "term"),
				traceback("T7").on("2024-02-01").campaign("K").callerId("+12125550101").route("robo", "mid", "term"),
				traceback("T2").on("2024-03-01").campaign("K").callerId("+12125550101").route("robo", "mid", "term2"),
				traceback("T3").on("2024-03-02").campaign("K").callerId("+12125550102").route("robo", "term"),
				traceback("T4").on("2024-03-03").campaign("K").callerId("+12125550103").route("other-o", "term"),
				traceback("T5").on("2024-03-04").campaign("J").callerId("+12125550104").route("robo", "term"),
				traceback("T6").on("2024-03-05").campaign("J").callerId("+12125550105").route("other-o", "term"));
	}

	@Test
	void aCallerIdShowsItsCallsCampaignsProvidersAndTheNumbersItHangsTogetherWith() {
		numbers();

		assertThat(this.mvc.get().uri("/api/numbers/+12125550101")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"e164": "+12125550101", "valid": true, "region": "US", "totalCalls": 3,
				 "calls": {"items": [
				   {"callId": "C-T2", "startedAt": "2024-03-01T12:00:00Z", "startedOn": "2024-03-01", "campaign": "K",
				    "tracebacks": [{"tracebackId": "T2", "status": "COMPLETE"}]},
				   {"callId": "C-T7", "startedAt": "2024-02-01T12:00:00Z", "startedOn": "2024-02-01", "campaign": "K",
				    "tracebacks": [{"tracebackId": "T7", "status": "COMPLETE"}]},
				   {"callId": "C-T1", "startedAt": "2024-01-05T12:00:00Z", "startedOn": "2024-01-05", "campaign": "K",
				    "tracebacks": [{"tracebackId": "T1", "status": "COMPLETE"}]}],
				  "page": 0, "size": 20, "hasMore": false},
				 "campaigns": [{"campaign": "K", "calls": 3}], "campaignsTruncated": false,
				 "providers": [
				   {"providerId": "mid", "name": "mid", "roles": ["INTERMEDIATE"], "calls": 3},
				   {"providerId": "robo", "name": "robo", "roles": ["ORIGINATING"], "calls": 3},
				   {"providerId": "term", "name": "term", "roles": ["TERMINATING"], "calls": 2},
				   {"providerId": "term2", "name": "term2", "roles": ["TERMINATING"], "calls": 1}],
				 "providersTruncated": false,
				 "relatedCallerIds": [
				   {"callerId": "+12125550102", "sharedCampaigns": ["K"], "sharedOriginators": ["robo"], "overlap": 2},
				   {"callerId": "+12125550103", "sharedCampaigns": ["K"], "sharedOriginators": [], "overlap": 1},
				   {"callerId": "+12125550104", "sharedCampaigns": [], "sharedOriginators": ["robo"], "overlap": 1}],
				 "relatedCallerIdsTruncated": false}
				""");
	}

	@ParameterizedTest(name = "{0} finds the same number")
	@ValueSource(strings = { "+12125550101", "(212) 555-0101", "212.555.0101", "1-212-555-0101", "+1 212 555 0101" })
	void anyCommonFormOfTheNumberFindsIt(String form) {
		numbers();

		var report = assertThat(this.mvc.get().uri("/api/numbers/{number}", form)).hasStatusOk().bodyJson();

		report.extractingPath("$.e164").isEqualTo("+12125550101");
		report.extractingPath("$.calls.items[*].callId").asArray().containsExactly("C-T2", "C-T7", "C-T1");
		report.extractingPath("$.relatedCallerIds[*].callerId")
			.asArray()
			.containsExactly("+12125550102", "+12125550103", "+12125550104");
	}

	@Test
	void theCallsComeInPages() {
		numbers();

		var page = assertThat(this.mvc.get().uri("/api/numbers/+12125550101?size=1&page=1")).hasStatusOk().bodyJson();

		page.extractingPath("$.calls.items[*].callId").asArray().containsExactly("C-T7");
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
