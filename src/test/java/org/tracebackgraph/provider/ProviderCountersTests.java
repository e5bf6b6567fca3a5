package org.tracebackgraph.provider;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-provider counters that ingest keeps for the ranking stay equal to what the hops
 * say, through creates, replacements, re-posts and letters.
 */
class ProviderCountersTests extends GraphTest {

	/** FX-T-07 again, now through portal-gw instead of gateway-global, and answered. */
	private static final String FX_T_07_CHANGED = """
			{"tracebackId": "FX-T-07", "source": "ITG", "notifiedAt": "2024-01-16T10:00:00Z",
			 "call": {"callId": "FX-C-07", "startedAt": "2024-01-15T10:00:00Z", "callerId": "+18005550111",
			          "calledNumber": "+13125550207", "campaign": "SSA-LawEnforcement", "attestation": "C"},
			 "hops": [
			   {"position": 0, "provider": {"id": "acme-voice", "name": "Acme Voice LLC", "country": "US"},
			    "role": "TERMINATING", "notifiedAt": "2024-01-16T10:00:00Z", "respondedAt": "2024-01-16T12:00:00Z",
			    "response": "NAMED_UPSTREAM"},
			   {"position": 1, "provider": {"id": "big-carrier", "name": "Big Carrier Inc", "country": "US"},
			    "role": "INTERMEDIATE", "notifiedAt": "2024-01-16T12:00:00Z", "respondedAt": "2024-01-16T14:00:00Z",
			    "response": "NAMED_UPSTREAM"},
			   {"position": 2, "provider": {"id": "portal-gw", "name": "Portal Gateway Co", "country": "US"},
			    "role": "GATEWAY", "notifiedAt": "2024-01-16T14:00:00Z", "respondedAt": "2024-01-16T16:00:00Z",
			    "response": "NAMED_UPSTREAM"},
			   {"position": 3, "provider": {"id": "overseas-voip", "name": "Overseas VoIP Pvt Ltd", "country": "IN"},
			    "role": "ORIGINATING", "notifiedAt": "2024-01-16T16:00:00Z", "respondedAt": "2024-01-16T18:00:00Z",
			    "response": "IS_ORIGIN"}]}
			""";

	private ProviderRankings.Answer ranking(String query) {
		return ProviderRankings.read(this.mvc.get().uri("/api/providers/ranking" + query).exchange());
	}

	@Test
	void theInvestigationGraphsCountersMatchItsHops() {
		loadInvestigationGraph();

		assertThat(counterDrift()).isEmpty();
		assertThat(counters("robo-origin")).isEqualTo(Map.of("tracedCalls", 10L, "originating", 8L, "gateway", 0L,
				"intermediate", 0L, "terminating", 0L, "unknown", 2L, "tracedHops", 10L, "noResponses", 0L, "firstSeen",
				java.time.LocalDate.parse("2024-01-05"), "lastSeen", java.time.LocalDate.parse("2024-06-20")));
	}

	@Test
	void aReplacedTracebackMovesItsCallsToItsNewProvidersAndKeepsTheWidestWindow() {
		loadInvestigationGraph();

		assertThat(postJson("/api/tracebacks", FX_T_07_CHANGED)).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"created\": 0, \"replaced\": 1, \"unchanged\": 0}");

		// gateway-global lost FX-C-07 (2024-01-15) but keeps the widest window seen;
		// portal-gw's window widens to it
		assertThat(ranking("?role=GATEWAY").rows()).containsExactly(
				"gateway-global 4 0/4/0/0/0 2 2024-01-15..2024-06-20 4 0 0.0",
				"portal-gw 3 0/3/0/0/0 1 2024-01-15..2024-06-10 3 0 0.0");
		// overseas-voip answered this time: 3 non-responses in 4 hops
		assertThat(ranking("?role=ORIGINATING").rows())
			.contains("overseas-voip 4 4/0/0/0/0 1 2024-01-15..2024-04-15 4 3 0.75");
		assertThat(ranking("").rows()).startsWith("big-carrier 12 0/0/12/0/0 2 2024-01-05..2024-06-20 12 0 0.0",
				"acme-voice 11 0/0/0/11/0 3 2024-01-05..2024-06-20 11 0 0.0");
		// the filtered path counts the calls themselves, so its dates are exact
		assertThat(ranking("?campaign=SSA-LawEnforcement&role=GATEWAY").rows()).containsExactly(
				"gateway-global 3 0/3/0/0/0 1 2024-02-15..2024-04-15 3 0 0.0",
				"portal-gw 3 0/3/0/0/0 1 2024-01-15..2024-06-10 3 0 0.0");
		assertThat(counterDrift()).isEmpty();
	}

	@Test
	void postingTheSameTracebacksAgainCountsNothingTwice() {
		loadInvestigationGraph();
		List<String> before = ranking("").rows();

		assertThat(postJson("/api/tracebacks", Examples.fixture("investigation-tracebacks.json"))).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"created\": 0, \"replaced\": 0, \"unchanged\": 20}");

		assertThat(ranking("").rows()).isEqualTo(before);
	}

	@Test
	void aProviderTwiceOnOneRouteCountsTheCallOnceAndEachOfItsRolesOnce() {
		String twice = """
				{"tracebackId": "TWICE-1", "call": {"callId": "TWICE-C-1", "startedAt": "2024-02-01T10:00:00Z"},
				 "hops": [
				   {"position": 0, "provider": {"id": "loop-tel"}, "role": "TERMINATING", "response": "NAMED_UPSTREAM"},
				   {"position": 1, "provider": {"id": "loop-tel"}, "role": "INTERMEDIATE", "response": "NO_RESPONSE"}]}
				""";
		assertThat(postJson("/api/tracebacks", twice)).hasStatusOk();

		assertThat(ranking("").rows()).containsExactly("loop-tel 1 0/0/1/1/0 0 2024-02-01..2024-02-01 2 1 0.5");
		assertThat(counterDrift()).isEmpty();

		assertThat(postJson("/api/tracebacks",
				twice.replace("\"NO_RESPONSE\"", "\"IS_ORIGIN\"").replace("\"INTERMEDIATE\"", "\"ORIGINATING\"")))
			.hasStatusOk();

		assertThat(ranking("").rows()).containsExactly("loop-tel 1 1/0/0/1/0 0 2024-02-01..2024-02-01 2 0 0.0");
		assertThat(counterDrift()).isEmpty();
	}

	@Test
	void theDemoLetterCounts115CallsForBandwidthAllAtAnUnknownPosition() {
		assertThat(this.mvc.post()
			.uri("/api/imports/letters")
			.multipart()
			.file(new MockMultipartFile("letter", "letter.json", "application/json",
					Examples.bytes("letters/ftc-2023-11-27-bandwidth-letter.json")))
			.file(new MockMultipartFile("chart", "chart.csv", "text/csv",
					Examples.bytes("letters/ftc-2023-11-27-bandwidth-attachment-a.csv")))
			.exchange()).hasStatusOk();

		assertThat(counters("bandwidth-inc"))
			.isEqualTo(Map.of("tracedCalls", 115L, "originating", 0L, "gateway", 0L, "intermediate", 0L, "terminating",
					0L, "unknown", 115L, "tracedHops", 115L, "noResponses", 0L, "firstSeen",
					java.time.LocalDate.parse("2021-01-22"), "lastSeen", java.time.LocalDate.parse("2023-09-07")));
		assertThat(ranking("?role=UNKNOWN").rows())
			.containsExactly("bandwidth-inc 115 0/0/0/0/115 21 2021-01-22..2023-09-07 115 0 0.0");
		assertThat(ranking("?role=ORIGINATING").rows()).isEmpty();
		assertThat(counterDrift()).isEmpty();
	}

	@Test
	void aLettersChartRowThatChangesReplacesItsCount() {
		loadInvestigationGraph();
		String chart = "row,itg_notification_date,call_date,caller_id,campaign,recording_url,potential_violation\n"
				+ "1,2024-07-02,2024-07-01,,Amazon-Impers-P2,,\n"
				+ "2,2024-01-06,2024-01-05,+12125550101,Amazon-Impers-P2,,\n";

		assertThat(this.mvc.post()
			.uri("/api/imports/letters")
			.multipart()
			.file(new MockMultipartFile("letter", "letter.json", "application/json",
					Examples.fixture("fx-letter-robo-letter.json").getBytes(StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("chart", "chart.csv", "text/csv", chart.getBytes(StandardCharsets.UTF_8)))
			.exchange()).hasStatusOk().bodyJson().isLenientlyEqualTo("{\"tracebacks\": {\"replaced\": 2}}");

		assertThat(ranking("?role=UNKNOWN").rows())
			.containsExactly("robo-origin 10 8/0/0/0/2 1 2024-01-05..2024-07-01 10 0 0.0");
		assertThat(counterDrift()).isEmpty();
	}

	private Map<String, Object> counters(String providerId) {
		return rows("""
				MATCH (p:Provider {providerId: $providerId})
				RETURN p.tracedCalls AS tracedCalls, p.callsAsOriginating AS originating, p.callsAsGateway AS gateway,
				       p.callsAsIntermediate AS intermediate, p.callsAsTerminating AS terminating,
				       p.callsAsUnknown AS unknown, p.tracedHops AS tracedHops, p.noResponses AS noResponses,
				       p.firstSeen AS firstSeen, p.lastSeen AS lastSeen""", Map.of("providerId", providerId))
			.getFirst();
	}

	/**
	 * @return the providers whose counters differ from a count of their hops, with both
	 */
	private List<Map<String, Object>> counterDrift() {
		return rows("""
				MATCH (p:Provider)
				CALL (p) {
				  OPTIONAL MATCH (p)<-[:BY]-(h:Hop)<-[:HAS_HOP]-(t:Traceback)
				  WITH t, collect(h.role) AS roles, count(h) AS hops,
				       count(CASE WHEN h.response = 'NO_RESPONSE' THEN h END) AS noResponses
				  RETURN [count(t),
				          sum(CASE WHEN 'ORIGINATING' IN roles THEN 1 ELSE 0 END),
				          sum(CASE WHEN 'GATEWAY' IN roles THEN 1 ELSE 0 END),
				          sum(CASE WHEN 'INTERMEDIATE' IN roles THEN 1 ELSE 0 END),
				          sum(CASE WHEN 'TERMINATING' IN roles THEN 1 ELSE 0 END),
				          sum(CASE WHEN 'UNKNOWN' IN roles THEN 1 ELSE 0 END),
				          sum(hops), sum(noResponses)] AS counted
				}
				WITH p, counted,
				     [coalesce(p.tracedCalls, 0), coalesce(p.callsAsOriginating, 0), coalesce(p.callsAsGateway, 0),
				      coalesce(p.callsAsIntermediate, 0), coalesce(p.callsAsTerminating, 0),
				      coalesce(p.callsAsUnknown, 0), coalesce(p.tracedHops, 0), coalesce(p.noResponses, 0)] AS kept
				WHERE kept <> counted
				RETURN p.providerId AS providerId, kept, counted""", Map.of());
	}

}
