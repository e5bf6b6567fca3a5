package org.tracebackgraph.network;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracebackgraph.network.ProviderNetworkTests.edges;

/**
 * Routes between providers on the investigation graph (its ROUTES_TO edges are listed in
 * {@link ProviderNetworkTests}). From robo-origin to acme-voice there are exactly four:
 *
 * <pre>
 * robo-origin -> wholesale-one -> acme-voice                 2 hand-overs, bottleneck 2
 * robo-origin -> big-carrier -> acme-voice                   2 hand-overs, bottleneck 1
 * robo-origin -> wholesale-one -> big-carrier -> acme-voice  3 hand-overs, bottleneck 6
 * robo-origin -> gateway-global -> big-carrier -> acme-voice 3 hand-overs, bottleneck 1
 * </pre>
 */
class ProviderPathsTests extends GraphTest {

	private static final String VIA_WHOLESALE = """
			{"hops": 2, "bottleneck": 2,
			 "providers": [{"id": "robo-origin", "name": "Robo Origin VoIP"}, {"id": "wholesale-one", "name": "Wholesale One Corp"},
			               {"id": "acme-voice", "name": "Acme Voice LLC"}],
			 "edges": %s}"""
		.formatted(edges("robo-origin>wholesale-one 6 2024-01-05 2024-05-22",
				"wholesale-one>acme-voice 2 2024-03-20 2024-05-05"));

	private static final String VIA_BIG_CARRIER = """
			{"hops": 2, "bottleneck": 1,
			 "providers": [{"id": "robo-origin", "name": "Robo Origin VoIP"}, {"id": "big-carrier", "name": "Big Carrier Inc"},
			               {"id": "acme-voice", "name": "Acme Voice LLC"}],
			 "edges": %s}"""
		.formatted(edges("robo-origin>big-carrier 1 2024-06-15 2024-06-15",
				"big-carrier>acme-voice 8 2024-01-05 2024-06-20"));

	private static final String VIA_WHOLESALE_AND_BIG_CARRIER = """
			{"hops": 3, "bottleneck": 6,
			 "providers": [{"id": "robo-origin", "name": "Robo Origin VoIP"}, {"id": "wholesale-one", "name": "Wholesale One Corp"},
			               {"id": "big-carrier", "name": "Big Carrier Inc"}, {"id": "acme-voice", "name": "Acme Voice LLC"}],
			 "edges": %s}"""
		.formatted(edges("robo-origin>wholesale-one 6 2024-01-05 2024-05-22",
				"wholesale-one>big-carrier 6 2024-01-05 2024-05-22", "big-carrier>acme-voice 8 2024-01-05 2024-06-20"));

	private static final String VIA_GATEWAY_AND_BIG_CARRIER = """
			{"hops": 3, "bottleneck": 1,
			 "providers": [{"id": "robo-origin", "name": "Robo Origin VoIP"}, {"id": "gateway-global", "name": "Gateway Global LLC"},
			               {"id": "big-carrier", "name": "Big Carrier Inc"}, {"id": "acme-voice", "name": "Acme Voice LLC"}],
			 "edges": %s}"""
		.formatted(edges("robo-origin>gateway-global 1 2024-06-20 2024-06-20",
				"gateway-global>big-carrier 5 2024-01-15 2024-06-20",
				"big-carrier>acme-voice 8 2024-01-05 2024-06-20"));

	@Test
	void theThreeShortestRoutesFromRoboOriginToAcmeVoiceComeFewestHandOversThenBusiestFirst() {
		loadInvestigationGraph();

		assertThat(get("/api/paths?from=robo-origin&to=acme-voice")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"from": "robo-origin", "to": "acme-voice", "maxHops": 6, "k": 3,
				 "paths": [%s, %s, %s]}""".formatted(VIA_WHOLESALE, VIA_BIG_CARRIER, VIA_WHOLESALE_AND_BIG_CARRIER));
	}

	@Test
	void askingForTenRoutesGivesAllFourThereAre() {
		loadInvestigationGraph();

		assertThat(get("/api/paths?from=robo-origin&to=acme-voice&k=10")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"from": "robo-origin", "to": "acme-voice", "maxHops": 6, "k": 10,
					 "paths": [%s, %s, %s, %s]}""".formatted(VIA_WHOLESALE, VIA_BIG_CARRIER,
					VIA_WHOLESALE_AND_BIG_CARRIER, VIA_GATEWAY_AND_BIG_CARRIER));
	}

	@Test
	void theShortestRouteAloneIsTheBusiestOfTheShortest() {
		loadInvestigationGraph();

		assertThat(get("/api/paths?from=robo-origin&to=acme-voice&k=1")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"from": "robo-origin", "to": "acme-voice", "maxHops": 6, "k": 1, "paths": [%s]}"""
				.formatted(VIA_WHOLESALE));
	}

	@Test
	void maxHopsLeavesOutLongerRoutes() {
		loadInvestigationGraph();

		var twoHops = assertThat(get("/api/paths?from=robo-origin&to=acme-voice&maxHops=2&k=10")).hasStatusOk()
			.bodyJson();
		twoHops.extractingPath("$.maxHops").isEqualTo(2);
		twoHops.extractingPath("$.paths[*].hops").asArray().containsExactly(2, 2);
		twoHops.extractingPath("$.paths[*].bottleneck").asArray().containsExactly(2, 1);

		assertThat(get("/api/paths?from=robo-origin&to=acme-voice&maxHops=1")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths")
			.asArray()
			.isEmpty();
	}

	@Test
	void foreignTrafficReachesAcmeVoiceByOneRouteOnly() {
		loadInvestigationGraph();

		var paths = assertThat(get("/api/paths?from=overseas-voip&to=acme-voice&k=10")).hasStatusOk().bodyJson();
		paths.extractingPath("$.paths.length()").isEqualTo(1);
		paths.extractingPath("$.paths[0].providers[*].id")
			.asArray()
			.containsExactly("overseas-voip", "gateway-global", "big-carrier", "acme-voice");
		paths.extractingPath("$.paths[0].bottleneck").isEqualTo(4);
		paths.extractingPath("$.paths[0].hops").isEqualTo(3);
	}

	@Test
	void farTelecomReachesMetroTelInThreeOrFourHandOvers() {
		loadInvestigationGraph();

		var paths = assertThat(get("/api/paths?from=far-telecom&to=metro-tel&k=5")).hasStatusOk().bodyJson();
		paths.extractingPath("$.paths[0].providers[*].id")
			.asArray()
			.containsExactly("far-telecom", "portal-gw", "wholesale-one", "metro-tel");
		paths.extractingPath("$.paths[1].providers[*].id")
			.asArray()
			.containsExactly("far-telecom", "portal-gw", "wholesale-one", "big-carrier", "metro-tel");
		paths.extractingPath("$.paths[*].hops").asArray().containsExactly(3, 4);
		paths.extractingPath("$.paths[*].bottleneck").asArray().containsExactly(2, 2);
	}

	@Test
	void againstTheCallDirectionThereIsNoRouteAndTheListIsEmpty() {
		loadInvestigationGraph();

		assertThat(get("/api/paths?from=acme-voice&to=robo-origin")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					"{\"from\": \"acme-voice\", \"to\": \"robo-origin\", \"maxHops\": 6, \"k\": 3, \"paths\": []}");
		assertThat(get("/api/paths?from=spam-dialer&to=acme-voice&k=10")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths[*].providers[*].id")
			.asArray()
			.containsExactly("spam-dialer", "least-cost", "acme-voice", "spam-dialer", "least-cost", "wholesale-one",
					"acme-voice", "spam-dialer", "least-cost", "wholesale-one", "big-carrier", "acme-voice");
	}

	@Test
	void aRouteNeverVisitsAProviderTwiceEvenWhereTrafficLoops() {
		// a -> b -> d, and a loop between b and c: a -> b -> c -> b -> d would use each
		// hand-over once but visit b twice
		assertThat(postJson("/api/tracebacks", """
				[{"tracebackId": "LOOP-1", "call": {"callId": "LOOP-C-1", "campaign": "Loop-Campaign"},
				  "hops": [{"position": 0, "provider": {"id": "c"}}, {"position": 1, "provider": {"id": "b"}},
				           {"position": 2, "provider": {"id": "a"}}]},
				 {"tracebackId": "LOOP-2", "call": {"callId": "LOOP-C-2", "campaign": "Loop-Campaign"},
				  "hops": [{"position": 0, "provider": {"id": "b"}}, {"position": 1, "provider": {"id": "c"}}]},
				 {"tracebackId": "LOOP-3", "call": {"callId": "LOOP-C-3", "campaign": "Loop-Campaign"},
				  "hops": [{"position": 0, "provider": {"id": "d"}}, {"position": 1, "provider": {"id": "b"}}]}]
				""")).hasStatusOk();

		assertThat(get("/api/paths?from=a&to=d&k=10")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths[*].providers[*].id")
			.asArray()
			.containsExactly("a", "b", "d");
		// upstream of b: a and c hand it traffic, and b's own hand-over to c lies on the
		// loop back
		for (String uri : new String[] { "/api/providers/b/upstream?depth=2",
				"/api/providers/b/upstream?depth=2&campaign=Loop-Campaign" }) {
			var network = assertThat(get(uri)).hasStatusOk().bodyJson();
			network.extractingPath("$.nodes[*].id").asArray().containsExactly("b", "a", "c");
			network.extractingPath("$.nodes[*].distance").asArray().containsExactly(0, 1, 1);
			network.extractingPath("$.edges[*].from").asArray().containsExactly("a", "b", "c");
			network.extractingPath("$.edges[*].to").asArray().containsExactly("b", "c", "b");
		}
	}

	@Test
	void outOfRangeParametersAreNamed() {
		loadInvestigationGraph();

		for (String query : new String[] { "k=0", "k=11", "maxHops=0", "maxHops=11", "k=x" }) {
			String parameter = query.substring(0, query.indexOf('='));
			assertThat(get("/api/paths?from=robo-origin&to=acme-voice&" + query)).as(query)
				.hasStatus(400)
				.bodyJson()
				.isLenientlyEqualTo("{\"title\": \"Bad parameter\", \"errors\": [{\"field\": \"" + parameter + "\"}]}");
		}
		assertThat(get("/api/paths?from=robo-origin&to=acme-voice&k=10&maxHops=10")).hasStatusOk();
	}

	@Test
	void aRouteFromAProviderToItselfIsABadRequest() {
		loadInvestigationGraph();

		assertThat(get("/api/paths?from=robo-origin&to=robo-origin")).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo("{\"errors\": [{\"field\": \"to\"}]}");
	}

	@Test
	void bothEndsAreRequired() {
		assertThat(get("/api/paths?from=robo-origin")).hasStatus(400);
		assertThat(get("/api/paths?to=robo-origin")).hasStatus(400);
	}

	@Test
	void anUnknownProviderAtEitherEndIsNotFound() {
		loadInvestigationGraph();

		assertThat(get("/api/paths?from=no-such-carrier&to=acme-voice")).hasStatus(404)
			.bodyJson()
			.isLenientlyEqualTo("{\"detail\": \"No provider with id 'no-such-carrier'\"}");
		assertThat(get("/api/paths?from=robo-origin&to=no-such-carrier")).hasStatus(404)
			.bodyJson()
			.isLenientlyEqualTo("{\"detail\": \"No provider with id 'no-such-carrier'\"}");
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).exchange();
	}

}
