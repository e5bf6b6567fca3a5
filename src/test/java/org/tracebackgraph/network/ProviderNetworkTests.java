package org.tracebackgraph.network;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;
import org.tracebackgraph.TestTracebacks.Traceback;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracebackgraph.TestTracebacks.traceback;
import static org.tracebackgraph.network.NetworkGraphs.fiveCalls;
import static org.tracebackgraph.network.NetworkGraphs.network;
import static org.tracebackgraph.network.NetworkGraphs.nodes;

/**
 * The providers upstream and downstream of a provider, unfiltered (from ROUTES_TO), on
 * the small network of {@link NetworkGraphs}: rings, distances, the calls each provider
 * moved towards the centre, the node cap, and the answers to bad requests.
 */
class ProviderNetworkTests extends GraphTest {

	@Test
	void theProvidersThatSendTrafficStraightToAProviderAreItsUpstreamAtDepthOne() {
		load(fiveCalls());

		assertThat(get("/api/providers/acme/upstream")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					network("acme", "UPSTREAM", 1, false) + nodes("acme:0:4", "big:1:2", "least:1:1", "whole:1:1"));
	}

	@Test
	void eachRingAddsWhoFedTheLastAndCountsOnlyWhatTheyHandedTowardsTheCentre() {
		load(fiveCalls());

		// whole handed one call to acme and one to big: only the first moved towards
		// acme,
		// big being as near to it as whole
		assertThat(get("/api/providers/acme/upstream?depth=2")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("acme", "UPSTREAM", 2, false)
					+ nodes("acme:0:4", "big:1:2", "least:1:1", "whole:1:1", "gw:2:1", "robo:2:2", "spam:2:1"));
		// the foreign origin at 3, and never metro, which only receives from big
		assertThat(get("/api/providers/acme/upstream?depth=3")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("acme", "UPSTREAM", 3, false) + nodes("acme:0:4", "big:1:2", "least:1:1",
					"whole:1:1", "gw:2:1", "robo:2:2", "spam:2:1", "overseas:3:1"));
		// nothing lies beyond
		assertThat(get("/api/providers/acme/upstream?depth=6")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.nodes[*].id")
			.asArray()
			.containsExactly("acme", "big", "least", "whole", "gw", "robo", "spam", "overseas");
	}

	@Test
	void downstreamCountsTheCallsEachProviderReceivedFromTheRingBefore() {
		load(fiveCalls());

		assertThat(get("/api/providers/robo/downstream")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("robo", "DOWNSTREAM", 1, false) + nodes("robo:0:2", "whole:1:2"));
		// big hands acme a call too, but acme is no further from robo than big
		String depth3 = nodes("robo:0:2", "whole:1:2", "acme:2:1", "big:2:1", "metro:3:1");
		assertThat(get("/api/providers/robo/downstream?depth=3")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("robo", "DOWNSTREAM", 3, false) + depth3);
		// the terminating carriers hand nothing on: depth 4 finds nothing more
		assertThat(get("/api/providers/robo/downstream?depth=4")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("robo", "DOWNSTREAM", 4, false) + depth3);
	}

	@Test
	void aRingWithMoreHandOversThanThereAreProvidersIsFoundFromTheProvidersNotYetSeen() {
		// Five core providers all hand to one another and to the hub: the first ring's 22
		// incoming hand-overs outnumber the 9 providers, so the second ring is looked for
		// from the three outer providers' 3 hand-overs instead (and the third from the
		// near side again).
		// c-i hands a call to c-j, which hands it to the hub, for every pair
		List<Traceback> tracebacks = core("U-", (i, j) -> new String[] { "c" + i, "c" + j, "hub" });
		tracebacks.add(traceback("U-o1").route("o1", "c1", "hub"));
		tracebacks.add(traceback("U-o2a").route("o2", "c2", "hub"));
		tracebacks.add(traceback("U-o2b").route("o2", "c2", "hub"));
		tracebacks.add(traceback("U-o3").route("o3", "o1", "c1", "hub"));
		load(tracebacks.toArray(Traceback[]::new));

		assertThat(get("/api/providers/hub/upstream?depth=3")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("hub", "UPSTREAM", 3, false) + nodes("hub:0:24", "c1:1:6", "c2:1:6", "c3:1:4",
					"c4:1:4", "c5:1:4", "o1:2:2", "o2:2:2", "o3:3:1"));
	}

	@Test
	void aRingWithMoreHandOversThanThereAreProvidersIsFoundFromTheProvidersNotYetSeenDownstreamToo() {
		// the source hands a call to c-j, which hands it to c-i, for every pair
		List<Traceback> tracebacks = core("D-", (i, j) -> new String[] { "src", "c" + j, "c" + i });
		tracebacks.add(traceback("D-t1").route("src", "c1", "t1"));
		tracebacks.add(traceback("D-t2a").route("src", "c2", "t2"));
		tracebacks.add(traceback("D-t2b").route("src", "c2", "t2"));
		tracebacks.add(traceback("D-t3").route("src", "c1", "t1", "t3"));
		load(tracebacks.toArray(Traceback[]::new));

		assertThat(get("/api/providers/src/downstream?depth=3")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("src", "DOWNSTREAM", 3, false) + nodes("src:0:24", "c1:1:6", "c2:1:6", "c3:1:4",
					"c4:1:4", "c5:1:4", "t1:2:2", "t2:2:2", "t3:3:1"));
	}

	/** One traceback per ordered pair of five core providers, routed as given. */
	private static List<Traceback> core(String prefix, BiFunction<Integer, Integer, String[]> route) {
		List<Traceback> tracebacks = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			for (int j = 1; j <= 5; j++) {
				if (i != j) {
					tracebacks.add(traceback(prefix + i + j).route(route.apply(i, j)));
				}
			}
		}
		return tracebacks;
	}

	@Test
	void foreignTrafficRunsDownstreamThroughTheGatewayOneLayerAtATime() {
		load(fiveCalls());

		var depth1 = assertThat(get("/api/providers/overseas/downstream")).hasStatusOk().bodyJson();
		depth1.extractingPath("$.nodes[*].id").asArray().containsExactly("overseas", "gw");
		depth1.extractingPath("$.nodes[0].foreign").isEqualTo(true);
		depth1.extractingPath("$.nodes[0].country").isEqualTo("IN");

		assertThat(get("/api/providers/overseas/downstream?depth=3")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("overseas", "DOWNSTREAM", 3, false)
					+ nodes("overseas:0:1", "gw:1:1", "big:2:1", "acme:3:2", "metro:3:1"));
	}

	@Test
	void aProviderNobodySendsTrafficToHasAnUpstreamOfItselfAlone() {
		load(fiveCalls());

		assertThat(get("/api/providers/robo/upstream?depth=6")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("robo", "UPSTREAM", 6, false) + nodes("robo:0:0"));
	}

	@Test
	void theNodeCapKeepsTheNearestProvidersThenByIdAndSaysTheAnswerIsTruncated() {
		load(fiveCalls());

		assertThat(get("/api/providers/acme/upstream?depth=2&maxNodes=6")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("acme", "UPSTREAM", 2, true)
					+ nodes("acme:0:4", "big:1:2", "least:1:1", "whole:1:1", "gw:2:1", "robo:2:2"));
		assertThat(get("/api/providers/acme/upstream?depth=2&maxNodes=7")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.truncated")
			.isEqualTo(false);
		// the first ring fills the cap exactly, and the second is still in reach
		assertThat(get("/api/providers/acme/upstream?depth=2&maxNodes=4")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					network("acme", "UPSTREAM", 2, true) + nodes("acme:0:4", "big:1:2", "least:1:1", "whole:1:1"));
		assertThat(get("/api/providers/acme/upstream?depth=1&maxNodes=4")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.truncated")
			.isEqualTo(false);
		// the centre alone still counts all it took in
		assertThat(get("/api/providers/acme/upstream?maxNodes=1")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("acme", "UPSTREAM", 1, true) + nodes("acme:0:4"));
	}

	@Test
	void aCapAsLargeAsTenThousandIsAllowed() {
		load(traceback("T1").route("origin", "term"));

		assertThat(get("/api/providers/term/upstream?maxNodes=10000")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("term", "UPSTREAM", 1, false) + nodes("term:0:1", "origin:1:1"));
	}

	@Test
	void depthOutsideOneToSixIsABadParameter() {
		load(fiveCalls());

		for (String depth : new String[] { "0", "7", "-1" }) {
			assertThat(get("/api/providers/acme/upstream?depth=" + depth)).hasStatus(400)
				.bodyJson()
				.isLenientlyEqualTo("{\"title\": \"Bad parameter\", \"errors\": [{\"field\": \"depth\"}]}");
		}
		assertThat(get("/api/providers/acme/downstream?depth=7")).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo("{\"errors\": [{\"field\": \"depth\", \"reason\": \"must be between 1 and 6\"}]}");
		assertThat(get("/api/providers/acme/downstream?depth=two")).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo("{\"errors\": [{\"field\": \"depth\"}]}");
	}

	@Test
	void otherBadParametersAreNamed() {
		load(fiveCalls());

		assertThat(get("/api/providers/acme/upstream?maxNodes=0")).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo("{\"errors\": [{\"field\": \"maxNodes\"}]}");
		assertThat(get("/api/providers/acme/upstream?maxNodes=10001")).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo(
					"{\"errors\": [{\"field\": \"maxNodes\", \"reason\": \"must be between 1 and 10000\"}]}");
		assertThat(get("/api/providers/acme/upstream?from=2024-02-30")).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo("{\"errors\": [{\"field\": \"from\"}]}");
		assertThat(get("/api/providers/acme/downstream?from=2024-03-01&to=2024-02-01")).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo("{\"errors\": [{\"field\": \"from\"}]}");
		// the node cap is the network's, not its hand-overs'
		assertThat(get("/api/providers/acme/upstream/edges?maxNodes=5")).hasStatus(400);
	}

	@Test
	void anUnknownProviderIsNotFound() {
		load(fiveCalls());

		for (String uri : new String[] { "/upstream", "/downstream?depth=3", "/upstream/edges",
				"/downstream/edges?depth=2", "/upstream?from=2024-01-01", "/upstream/edges?to=2024-12-31" }) {
			assertThat(get("/api/providers/no-such-carrier" + uri)).as(uri)
				.hasStatus(404)
				.bodyJson()
				.isLenientlyEqualTo(
						"{\"title\": \"Not found\", \"detail\": \"No provider with id 'no-such-carrier'\"}");
		}
		// the provider is looked for before the campaign
		assertThat(get("/api/providers/no-such-carrier/downstream?campaign=K")).hasStatus(404)
			.bodyJson()
			.isLenientlyEqualTo("{\"detail\": \"No provider with id 'no-such-carrier'\"}");
	}

	@Test
	void anUnknownCampaignIsNotFound() {
		load(fiveCalls());

		for (String uri : new String[] { "/upstream?campaign=No-Such-Campaign",
				"/downstream?campaign=No-Such-Campaign&from=2024-01-01",
				"/upstream/edges?campaign=No-Such-Campaign" }) {
			assertThat(get("/api/providers/acme" + uri)).as(uri)
				.hasStatus(404)
				.bodyJson()
				.isLenientlyEqualTo("{\"detail\": \"No campaign with id 'No-Such-Campaign'\"}");
		}
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).exchange();
	}

}
