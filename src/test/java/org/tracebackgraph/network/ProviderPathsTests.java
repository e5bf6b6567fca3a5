package org.tracebackgraph.network;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracebackgraph.TestTracebacks.GATEWAY;
import static org.tracebackgraph.TestTracebacks.INTERMEDIATE;
import static org.tracebackgraph.TestTracebacks.ORIGINATING;
import static org.tracebackgraph.TestTracebacks.TERMINATING;
import static org.tracebackgraph.TestTracebacks.hop;
import static org.tracebackgraph.TestTracebacks.traceback;
import static org.tracebackgraph.network.NetworkGraphs.edges;
import static org.tracebackgraph.network.NetworkGraphs.page;

/**
 * Routes between providers. The graph of most tests (every call on 2024-01-05, in call
 * order) gives these ROUTES_TO edges: robo>whole 5, big>acme 5, whole>big 3, whole>acme
 * 2, gw>big 2, and 1 each for robo>big, robo>gw, robo>x, x>acme, overseas>gw. From robo
 * to acme there are exactly five routes:
 *
 * <pre>
 * robo -> whole -> acme        2 hand-overs, bottleneck 2
 * robo -> big -> acme          2 hand-overs, bottleneck 1
 * robo -> x -> acme            2 hand-overs, bottleneck 1 (after big by id)
 * robo -> whole -> big -> acme 3 hand-overs, bottleneck 3
 * robo -> gw -> big -> acme    3 hand-overs, bottleneck 1
 * </pre>
 */
class ProviderPathsTests extends GraphTest {

	private static final String VIA_WHOLE = """
			{"hops": 2, "bottleneck": 2,
			 "providers": [{"id": "robo", "name": "robo"}, {"id": "whole", "name": "whole"}, {"id": "acme", "name": "acme"}],
			 "edges": %s}"""
		.formatted(edges("robo>whole 5 2024-01-05", "whole>acme 2 2024-01-05"));

	private static final String VIA_BIG = """
			{"hops": 2, "bottleneck": 1,
			 "providers": [{"id": "robo", "name": "robo"}, {"id": "big", "name": "big"}, {"id": "acme", "name": "acme"}],
			 "edges": %s}"""
		.formatted(edges("robo>big 1 2024-01-05", "big>acme 5 2024-01-05"));

	private static final String VIA_X = """
			{"hops": 2, "bottleneck": 1,
			 "providers": [{"id": "robo", "name": "robo"}, {"id": "x", "name": "x"}, {"id": "acme", "name": "acme"}],
			 "edges": %s}""".formatted(edges("robo>x 1 2024-01-05", "x>acme 1 2024-01-05"));

	private static final String VIA_WHOLE_AND_BIG = """
			{"hops": 3, "bottleneck": 3,
			 "providers": [{"id": "robo", "name": "robo"}, {"id": "whole", "name": "whole"}, {"id": "big", "name": "big"},
			               {"id": "acme", "name": "acme"}],
			 "edges": %s}"""
		.formatted(edges("robo>whole 5 2024-01-05", "whole>big 3 2024-01-05", "big>acme 5 2024-01-05"));

	private static final String VIA_GW_AND_BIG = """
			{"hops": 3, "bottleneck": 1,
			 "providers": [{"id": "robo", "name": "robo"}, {"id": "gw", "name": "gw"}, {"id": "big", "name": "big"},
			               {"id": "acme", "name": "acme"}],
			 "edges": %s}""".formatted(edges("robo>gw 1 2024-01-05", "gw>big 2 2024-01-05", "big>acme 5 2024-01-05"));

	/** Several calls on each route, so that the bottlenecks differ. */
	@BeforeEach
	void routesFromRoboToAcme() {
		load(traceback("W1").route("robo", "whole", "acme"), traceback("W2").route("robo", "whole", "acme"),
				traceback("B1").route("robo", "big", "acme"), traceback("X1").route("robo", "x", "acme"),
				traceback("WB1").route("robo", "whole", "big", "acme"),
				traceback("WB2").route("robo", "whole", "big", "acme"),
				traceback("WB3").route("robo", "whole", "big", "acme"), traceback("G1").route("robo", "gw", "big"),
				traceback("O1").hops(hop(3, "overseas", ORIGINATING).in("IN"), hop(2, "gw", GATEWAY),
						hop(1, "big", INTERMEDIATE), hop(0, "acme", TERMINATING)));
	}

	@Test
	void theThreeShortestRoutesComeFewestHandOversThenBusiestThenByTheProvidersIds() {
		assertThat(get("/api/paths?from=robo&to=acme")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"from": "robo", "to": "acme", "maxHops": 6, "k": 3,
				 "paths": [%s, %s, %s]}""".formatted(VIA_WHOLE, VIA_BIG, VIA_X));
	}

	@Test
	void askingForTenRoutesGivesAllFiveThereAre() {
		assertThat(get("/api/paths?from=robo&to=acme&k=10")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"from": "robo", "to": "acme", "maxHops": 6, "k": 10,
					 "paths": [%s, %s, %s, %s, %s]}""".formatted(VIA_WHOLE, VIA_BIG, VIA_X, VIA_WHOLE_AND_BIG,
					VIA_GW_AND_BIG));
	}

	@Test
	void theShortestRouteAloneIsTheBusiestOfTheShortest() {
		assertThat(get("/api/paths?from=robo&to=acme&k=1")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"from": "robo", "to": "acme", "maxHops": 6, "k": 1, "paths": [%s]}""".formatted(VIA_WHOLE));
	}

	@Test
	void aRouteWithFewerHandOversComesFirstWhateverItsBottleneck() {
		var paths = assertThat(get("/api/paths?from=robo&to=big&k=10")).hasStatusOk().bodyJson();
		paths.extractingPath("$.paths[*].hops").asArray().containsExactly(1, 2, 2);
		paths.extractingPath("$.paths[*].bottleneck").asArray().containsExactly(1, 3, 1);
		paths.extractingPath("$.paths[1].providers[*].id").asArray().containsExactly("robo", "whole", "big");
	}

	@Test
	void maxHopsLeavesOutLongerRoutes() {
		var twoHops = assertThat(get("/api/paths?from=robo&to=acme&maxHops=2&k=10")).hasStatusOk().bodyJson();
		twoHops.extractingPath("$.maxHops").isEqualTo(2);
		twoHops.extractingPath("$.paths[*].hops").asArray().containsExactly(2, 2, 2);
		twoHops.extractingPath("$.paths[*].bottleneck").asArray().containsExactly(2, 1, 1);

		assertThat(get("/api/paths?from=robo&to=acme&maxHops=1")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths")
			.asArray()
			.isEmpty();
	}

	@Test
	void foreignTrafficReachesAcmeByOneRouteOnly() {
		var paths = assertThat(get("/api/paths?from=overseas&to=acme&k=10")).hasStatusOk().bodyJson();
		paths.extractingPath("$.paths.length()").isEqualTo(1);
		paths.extractingPath("$.paths[0].providers[*].id").asArray().containsExactly("overseas", "gw", "big", "acme");
		paths.extractingPath("$.paths[0].bottleneck").isEqualTo(1);
		paths.extractingPath("$.paths[0].hops").isEqualTo(3);
	}

	@Test
	void againstTheCallDirectionThereIsNoRouteAndTheListIsEmpty() {
		assertThat(get("/api/paths?from=acme&to=robo")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("{\"from\": \"acme\", \"to\": \"robo\", \"maxHops\": 6, \"k\": 3, \"paths\": []}");
		assertThat(get("/api/paths?from=big&to=whole")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths")
			.asArray()
			.isEmpty();
	}

	@Test
	void aRouteNeverVisitsAProviderTwiceEvenWhereTrafficLoops() {
		// a -> b -> d, and a loop between b and c: a -> b -> c -> b -> d would use each
		// hand-over once but visit b twice
		load(traceback("LOOP-1").campaign("Loop-Campaign").route("a", "b", "c"),
				traceback("LOOP-2").campaign("Loop-Campaign").route("c", "b"),
				traceback("LOOP-3").campaign("Loop-Campaign").route("b", "d"));

		assertThat(get("/api/paths?from=a&to=d&k=10")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths[*].providers[*].id")
			.asArray()
			.containsExactly("a", "b", "d");
		// upstream of b: a and c hand it traffic, and b's own hand-over to c lies on the
		// loop back
		for (String filter : new String[] { "", "&campaign=Loop-Campaign" }) {
			var network = assertThat(get("/api/providers/b/upstream?depth=2" + filter)).hasStatusOk().bodyJson();
			network.extractingPath("$.nodes[*].id").asArray().containsExactly("b", "a", "c");
			network.extractingPath("$.nodes[*].distance").asArray().containsExactly(0, 1, 1);
			network.extractingPath("$.nodes[*].calls").asArray().containsExactly(2, 1, 1);
			assertThat(get("/api/providers/b/upstream/edges?depth=2" + filter)).hasStatusOk()
				.bodyJson()
				.isStrictlyEqualTo(page(0, 20, false, "a>b 1 2024-01-05", "b>c 1 2024-01-05", "c>b 1 2024-01-05"));
		}
	}

	@Test
	void outOfRangeParametersAreNamed() {
		for (String query : new String[] { "k=0", "k=11", "maxHops=0", "maxHops=11", "k=x" }) {
			String parameter = query.substring(0, query.indexOf('='));
			assertThat(get("/api/paths?from=robo&to=acme&" + query)).as(query)
				.hasStatus(400)
				.bodyJson()
				.isLenientlyEqualTo("{\"title\": \"Bad parameter\", \"errors\": [{\"field\": \"" + parameter + "\"}]}");
		}
		assertThat(get("/api/paths?from=robo&to=acme&k=10&maxHops=10")).hasStatusOk();
	}

	@Test
	void aRouteFromAProviderToItselfIsABadRequest() {
		assertThat(get("/api/paths?from=robo&to=robo")).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo("{\"errors\": [{\"field\": \"to\"}]}");
	}

	@Test
	void bothEndsAreRequired() {
		assertThat(get("/api/paths?from=robo")).hasStatus(400);
		assertThat(get("/api/paths?to=robo")).hasStatus(400);
	}

	@Test
	void anUnknownProviderAtEitherEndIsNotFound() {
		assertThat(get("/api/paths?from=no-such-carrier&to=acme")).hasStatus(404)
			.bodyJson()
			.isLenientlyEqualTo("{\"detail\": \"No provider with id 'no-such-carrier'\"}");
		assertThat(get("/api/paths?from=robo&to=no-such-carrier")).hasStatus(404)
			.bodyJson()
			.isLenientlyEqualTo("{\"detail\": \"No provider with id 'no-such-carrier'\"}");
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).exchange();
	}

}
