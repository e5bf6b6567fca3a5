package org.tracebackgraph.route;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracebackgraph.TestTracebacks.INTERMEDIATE;
import static org.tracebackgraph.TestTracebacks.ORIGINATING;
import static org.tracebackgraph.TestTracebacks.TERMINATING;
import static org.tracebackgraph.TestTracebacks.hop;
import static org.tracebackgraph.TestTracebacks.traceback;

class RouteTests extends GraphTest {

	@Test
	void aSixHopTracebackComesBackInCallOrderWithRolesAndResponses() {
		assertThat(postJson("/api/tracebacks", Examples.text("examples/tracebacks.json"))).hasStatusOk();

		var route = assertThat(this.mvc.get().uri("/api/tracebacks/EX-T-1")).hasStatusOk().bodyJson();
		route.extractingPath("$.status").isEqualTo("COMPLETE");
		route.extractingPath("$.complete").isEqualTo(true);
		route.extractingPath("$.hops[*].position").asArray().containsExactly(5, 4, 3, 2, 1, 0);
		route.extractingPath("$.hops[*].provider.id")
			.asArray()
			.containsExactly("robo-origin", "quick-dial", "least-cost", "wholesale-one", "big-carrier", "acme-voice");
		route.extractingPath("$.hops[*].role")
			.asArray()
			.containsExactly("ORIGINATING", "INTERMEDIATE", "INTERMEDIATE", "INTERMEDIATE", "INTERMEDIATE",
					"TERMINATING");
		route.extractingPath("$.hops[*].response")
			.asArray()
			.containsExactly("IS_ORIGIN", "NAMED_UPSTREAM", "NAMED_UPSTREAM", "NAMED_UPSTREAM", "NAMED_UPSTREAM",
					"NAMED_UPSTREAM");
		route.extractingPath("$.hops[5].respondedAt").isEqualTo("2023-09-08T15:10:00Z");
		route.extractingPath("$.hops[5].attestation").isEqualTo("A");
		route.extractingPath("$.call.callerId").isEqualTo("+12125550100");
		route.extractingPath("$.call.campaign").isEqualTo("Amazon-Impers-P2");
		route.extractingPath("$.call.violations")
			.asArray()
			.containsExactly("16 C.F.R. § 310.4(b)(1)(v)", "16 C.F.R. § 310.4(a)(8)");
		route.extractingPath("$.breaks").asArray().isEmpty();
	}

	@Test
	void aCallsRouteIsTheRouteOfItsTraceback() {
		assertThat(postJson("/api/tracebacks", Examples.text("examples/tracebacks.json"))).hasStatusOk();

		var route = assertThat(this.mvc.get().uri("/api/calls/EX-C-1/route")).hasStatusOk().bodyJson();
		route.extractingPath("$.tracebackId").isEqualTo("EX-T-1");
		route.extractingPath("$.hops.length()").isEqualTo(6);
	}

	@Test
	void aRouteThatStopsAtASilentProviderSaysSo() {
		assertThat(postJson("/api/tracebacks", Examples.text("examples/tracebacks.json"))).hasStatusOk();

		var route = assertThat(this.mvc.get().uri("/api/tracebacks/EX-T-2")).hasStatusOk().bodyJson();
		route.extractingPath("$.status").isEqualTo("NON_RESPONSIVE");
		route.extractingPath("$.complete").isEqualTo(false);
		route.extractingPath("$.hops[0].provider.id").isEqualTo("wholesale-one");
		route.extractingPath("$.breaks[0].position").isEqualTo(2);
		route.extractingPath("$.breaks[0].providerId").isEqualTo("wholesale-one");
		route.extractingPath("$.breaks[0].reason").isEqualTo("NO_RESPONSE");
	}

	@Test
	void aRouteThatReachesAForeignProviderEndsInForeignOrigin() {
		assertThat(postJson("/api/tracebacks", Examples.text("examples/tracebacks.json"))).hasStatusOk();

		var route = assertThat(this.mvc.get().uri("/api/tracebacks/EX-T-3")).hasStatusOk().bodyJson();
		route.extractingPath("$.status").isEqualTo("FOREIGN_ORIGIN");
		route.extractingPath("$.hops[0].provider.country").isEqualTo("IN");
		route.extractingPath("$.breaks[*].reason").asArray().containsExactly("FOREIGN_ORIGIN");
	}

	@Test
	void aProviderAtAnUnknownPositionIsListedApartAndBreaksTheChain() {
		assertThat(postJson("/api/tracebacks", Examples.text("examples/tracebacks.json"))).hasStatusOk();

		var route = assertThat(this.mvc.get().uri("/api/tracebacks/EX-T-4")).hasStatusOk().bodyJson();
		route.extractingPath("$.status").isEqualTo("PARTIAL");
		route.extractingPath("$.hops[*].provider.id")
			.asArray()
			.containsExactly("robo-origin", "big-carrier", "acme-voice");
		route.extractingPath("$.unplacedHops[*].provider.id").asArray().containsExactly("quick-dial");
		route.extractingPath("$.breaks[*].reason").asArray().containsExactly("POSITION_UNKNOWN");
	}

	@Test
	void aGapInThePositionsIsABreak() {
		assertThat(postJson("/api/tracebacks", """
				{"tracebackId": "GAP-1", "call": {"callId": "GAP-C-1"},
				 "hops": [{"position": 0, "provider": {"id": "a"}, "role": "TERMINATING", "response": "NAMED_UPSTREAM"},
				          {"position": 2, "provider": {"id": "c"}, "role": "ORIGINATING", "response": "IS_ORIGIN"}]}
				""")).hasStatusOk();

		var route = assertThat(this.mvc.get().uri("/api/tracebacks/GAP-1")).hasStatusOk().bodyJson();
		route.extractingPath("$.breaks[0].reason").isEqualTo("POSITION_GAP");
		route.extractingPath("$.breaks[0].position").isEqualTo(0);
		assertThat(rows("MATCH ()-[r:ROUTES_TO]->() RETURN count(r) AS routes", Map.of()))
			.containsExactly(Map.of("routes", 0L));
	}

	@Test
	void aCallTracedTwiceShowsItsNewestTracebackAndNamesTheOther() {
		load(traceback("OLD").call("TWICE").on("2024-01-05").route("robo", "mid", "term"),
				traceback("NEW").call("TWICE").on("2024-02-05").route("robo", "other-mid", "term"));

		var route = assertThat(this.mvc.get().uri("/api/calls/TWICE/route")).hasStatusOk().bodyJson();
		route.extractingPath("$.tracebackId").isEqualTo("NEW");
		route.extractingPath("$.hops[*].provider.id").asArray().containsExactly("robo", "other-mid", "term");
		route.extractingPath("$.otherTracebackIds").asArray().containsExactly("OLD");
		assertThat(this.mvc.get().uri("/api/tracebacks/OLD")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.otherTracebackIds")
			.asArray()
			.containsExactly("NEW");
	}

	@Test
	void anAnswerMoreThan24HoursAfterTheRequestIsMarkedLate() {
		load(traceback("SLOW").hops(hop(0, "term", TERMINATING), hop(1, "mid", INTERMEDIATE).answeredAfterHours(25),
				hop(2, "robo", ORIGINATING).answeredAfterHours(24)));

		assertThat(this.mvc.get().uri("/api/tracebacks/SLOW")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.hops[*].late")
			.asArray()
			.containsExactly(false, true, false);
	}

	@Test
	void aHopCarriesItsRoleResponseAndLatenessAsLabelsAndNoPropertiesForThem() {
		load(traceback("SLOW").hops(hop(0, "term", TERMINATING), hop(1, "mid", INTERMEDIATE).answeredAfterHours(25),
				hop(2, "robo", ORIGINATING).noAnswer()));
		assertThat(
				rows("""
						MATCH (h:Hop)
						RETURN h.position AS position, [l IN ['Terminating', 'Intermediate', 'Originating', 'NamedUpstream', 'NoResponse', 'Late']
						        WHERE l IN labels(h)] AS labels,
						       size(labels(h)) AS labelCount,
						       h.role IS NULL AND h.response IS NULL AND h.late IS NULL AS noProperties
						ORDER BY position""",
						Map.of()))
			.containsExactly(
					Map.of("position", 0L, "labels", List.of("Terminating", "NamedUpstream"), "labelCount", 3L,
							"noProperties", true),
					Map.of("position", 1L, "labels", List.of("Intermediate", "NamedUpstream", "Late"), "labelCount", 4L,
							"noProperties", true),
					Map.of("position", 2L, "labels", List.of("Originating", "NoResponse"), "labelCount", 3L,
							"noProperties", true));
	}

	@Test
	void unknownTracebacksAndCallsAreProblemsWith404() {
		assertThat(this.mvc.get().uri("/api/tracebacks/NOPE")).hasStatus(404)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("No traceback with id 'NOPE'");
		assertThat(this.mvc.get().uri("/api/calls/NOPE/route")).hasStatus(404)
			.hasContentType("application/problem+json");
	}

}
