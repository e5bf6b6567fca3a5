package org.tracebackgraph.ingest;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracebackgraph.TestTracebacks.traceback;

class TracebackIngestTests extends GraphTest {

	private static final String EXAMPLES = Examples.text("examples/tracebacks.json");

	@Test
	void ingestBuildsTheProviderNetworkInCallDirection() {
		assertThat(postJson("/api/tracebacks", EXAMPLES)).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"tracebacks\": 4, \"hops\": 16, \"created\": 4, \"replaced\": 0, \"unchanged\": 0}");

		assertThat(rows("""
				MATCH (up:Provider)-[r:ROUTES_TO]->(down:Provider)
				RETURN up.providerId AS up, down.providerId AS down, r.calls AS calls,
				       toString(r.firstSeen) AS firstSeen, toString(r.lastSeen) AS lastSeen
				ORDER BY up, down""", Map.of())).containsExactly(
				route("big-carrier", "acme-voice", 3, "2023-09-07", "2023-09-19"),
				route("gateway-global", "acme-voice", 1, "2023-09-13", "2023-09-13"),
				route("least-cost", "wholesale-one", 1, "2023-09-07", "2023-09-07"),
				route("overseas-voip", "gateway-global", 1, "2023-09-13", "2023-09-13"),
				route("quick-dial", "least-cost", 1, "2023-09-07", "2023-09-07"),
				route("robo-origin", "big-carrier", 1, "2023-09-19", "2023-09-19"),
				route("robo-origin", "quick-dial", 1, "2023-09-07", "2023-09-07"),
				route("wholesale-one", "big-carrier", 2, "2023-09-07", "2023-09-11"));
	}

	@Test
	void postingTheSameTracebacksAgainChangesNothing() {
		assertThat(postJson("/api/tracebacks", EXAMPLES)).hasStatusOk();
		GraphCounts before = counts();

		assertThat(postJson("/api/tracebacks", EXAMPLES)).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"created\": 0, \"replaced\": 0, \"unchanged\": 4}");

		assertThat(counts()).isEqualTo(before);
		assertThat(before).isEqualTo(new GraphCounts(40, 66, 8, 11));
	}

	@Test
	void aChangedTracebackReplacesItsHopsAndItsShareOfTheNetwork() {
		assertThat(postJson("/api/tracebacks", EXAMPLES)).hasStatusOk();
		String changed = """
				{"tracebackId": "EX-T-2", "notifiedAt": "2023-09-12T10:00:00Z",
				 "call": {"callId": "EX-C-2", "startedAt": "2023-09-11T16:20:00Z", "campaign": "Amazon-Impers-P2"},
				 "hops": [
				   {"position": 0, "provider": {"id": "acme-voice"}, "role": "TERMINATING", "response": "NAMED_UPSTREAM"},
				   {"position": 1, "provider": {"id": "gateway-global"}, "role": "GATEWAY", "response": "NAMED_UPSTREAM"}]}
				""";

		assertThat(postJson("/api/tracebacks", changed)).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"created\": 0, \"replaced\": 1, \"unchanged\": 0}");

		assertThat(rows("""
				MATCH (:Traceback {tracebackId: 'EX-T-2'})-[:HAS_HOP]->(h:Hop)-[:BY]->(p:Provider)
				RETURN h.position AS position, p.providerId AS provider ORDER BY position""", Map.of()))
			.containsExactly(Map.of("position", 0L, "provider", "acme-voice"),
					Map.of("position", 1L, "provider", "gateway-global"));
		assertThat(routeCalls()).containsEntry("big-carrier->acme-voice", 2L)
			.containsEntry("wholesale-one->big-carrier", 1L)
			.containsEntry("gateway-global->acme-voice", 2L);
		// the caller ID and called number the new version no longer names are unlinked
		assertThat(rows("MATCH (:Call {callId: 'EX-C-2'})-[r:FROM|TO]->() RETURN count(r) AS links", Map.of()))
			.containsExactly(Map.of("links", 0L));

		assertThat(postJson("/api/tracebacks", EXAMPLES)).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"created\": 0, \"replaced\": 1, \"unchanged\": 3}");
		assertThat(counts()).isEqualTo(new GraphCounts(40, 66, 8, 11));
	}

	@Test
	void aRouteWhoseLastCallGoesAwayIsRemovedFromTheNetwork() {
		assertThat(postJson("/api/tracebacks", EXAMPLES)).hasStatusOk();
		String rerouted = """
				{"tracebackId": "EX-T-3", "notifiedAt": "2023-09-14T09:00:00Z",
				 "call": {"callId": "EX-C-3", "startedAt": "2023-09-13T19:45:00Z"},
				 "hops": [{"position": 0, "provider": {"id": "acme-voice"}, "role": "TERMINATING",
				           "response": "IS_ORIGIN"}]}
				""";

		assertThat(postJson("/api/tracebacks", rerouted)).hasStatusOk();

		assertThat(routeCalls()).doesNotContainKeys("overseas-voip->gateway-global", "gateway-global->acme-voice");
	}

	@Test
	void aSingleTracebackObjectIsAcceptedAsWellAsAnArray() {
		String single = """
				{"tracebackId": "ONE", "call": {"callId": "ONE-C"},
				 "hops": [{"position": 0, "provider": {"id": "acme-voice"}, "role": "TERMINATING"}]}
				""";

		assertThat(postJson("/api/tracebacks", single)).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"tracebacks\": 1, \"created\": 1}");
		assertThat(this.mvc.get().uri("/api/tracebacks/ONE")).hasStatusOk();
	}

	private Map<String, Long> routeCalls() {
		return rows("MATCH (u)-[r:ROUTES_TO]->(d) RETURN u.providerId + '->' + d.providerId AS pair, r.calls AS calls",
				Map.of())
			.stream()
			.collect(
					java.util.stream.Collectors.toMap(row -> (String) row.get("pair"), row -> (Long) row.get("calls")));
	}

	private static Map<String, Object> route(String up, String down, long calls, String first, String last) {
		return Map.of("up", up, "down", down, "calls", calls, "firstSeen", first, "lastSeen", last);
	}

	static List<String> ids(List<Map<String, Object>> rows, String key) {
		return rows.stream().map(row -> (String) row.get(key)).toList();
	}

	@Test
	void twoTracebacksOfOneCallInOneRequestLeaveTheCallWithTheLastOnesCampaignAndNumbers() {
		load(traceback("T-1").call("C-1")
			.on("2024-01-10")
			.campaign("First")
			.callerId("+12025550101")
			.route("orig-a", "term-a"),
				traceback("T-2").call("C-1")
					.on("2024-01-10")
					.campaign("Second")
					.callerId("+12025550102")
					.route("orig-b", "term-a"));

		assertThat(rows("""
				MATCH (c:Call {callId: 'C-1'})
				RETURN COLLECT { MATCH (c)-[:IN_CAMPAIGN]->(k) RETURN k.name } AS campaigns,
				       COLLECT { MATCH (c)-[:FROM]->(n) RETURN n.e164 } AS callers
				""", Map.of()))
			.containsExactly(Map.of("campaigns", List.of("Second"), "callers", List.of("+12025550102")));
	}

}
