package org.tracebackgraph.network;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider network around a provider on the investigation graph. Its ROUTES_TO edges,
 * worked out by hand from {@code fixtures/investigation-tracebacks.json} (adjacent
 * positions, the higher position upstream; the letter's two calls sit at an unknown
 * position and hand nothing over):
 *
 * <pre>
 * big-carrier    -> acme-voice      8  2024-01-05..2024-06-20  (T01 T02 T04 T06 T07 T08 T10 T20)
 * robo-origin    -> wholesale-one   6  2024-01-05..2024-05-22  (T01-T06)
 * wholesale-one  -> big-carrier     6  2024-01-05..2024-05-22  (T01-T06)
 * gateway-global -> big-carrier     5  2024-01-15..2024-06-20  (T07-T10 T20)
 * big-carrier    -> metro-tel       4  2024-02-10..2024-06-15  (T03 T05 T09 T18)
 * overseas-voip  -> gateway-global  4  2024-01-15..2024-04-15  (T07-T10)
 * least-cost     -> metro-tel       3  2024-02-01..2024-06-03  (T11-T13)
 * spam-dialer    -> least-cost      3  2024-02-01..2024-06-03  (T11-T13)
 * far-telecom    -> portal-gw       2  2024-04-25..2024-06-10  (T16 T17)
 * least-cost     -> wholesale-one   2  2024-03-20..2024-05-05  (T14 T15)
 * portal-gw      -> wholesale-one   2  2024-04-25..2024-06-10  (T16 T17)
 * shady-voip     -> least-cost      2  2024-03-20..2024-05-05  (T14 T15)
 * wholesale-one  -> acme-voice      2  2024-03-20..2024-05-05  (T14 T15)
 * wholesale-one  -> metro-tel       2  2024-04-25..2024-06-10  (T16 T17)
 * least-cost     -> acme-voice      1  2024-05-30              (T19)
 * robo-origin    -> big-carrier     1  2024-06-15              (T18)
 * robo-origin    -> gateway-global  1  2024-06-20              (T20)
 * </pre>
 */
class ProviderNetworkTests extends GraphTest {

	private static final Map<String, String> PROVIDERS = Map.ofEntries(
			Map.entry("acme-voice", "\"name\": \"Acme Voice LLC\", \"country\": \"US\", \"foreign\": false"),
			Map.entry("big-carrier", "\"name\": \"Big Carrier Inc\", \"country\": \"US\", \"foreign\": false"),
			Map.entry("far-telecom", "\"name\": \"Far Telecom Corp\", \"country\": \"PH\", \"foreign\": true"),
			Map.entry("gateway-global", "\"name\": \"Gateway Global LLC\", \"country\": \"US\", \"foreign\": false"),
			Map.entry("least-cost", "\"name\": \"Least Cost Routing LLC\", \"country\": \"US\", \"foreign\": false"),
			Map.entry("metro-tel", "\"name\": \"Metro Tel Inc\", \"country\": \"US\", \"foreign\": false"),
			Map.entry("overseas-voip", "\"name\": \"Overseas VoIP Pvt Ltd\", \"country\": \"IN\", \"foreign\": true"),
			Map.entry("portal-gw", "\"name\": \"Portal Gateway Co\", \"country\": \"US\", \"foreign\": false"),
			Map.entry("robo-origin", "\"name\": \"Robo Origin VoIP\", \"country\": \"US\", \"foreign\": false"),
			Map.entry("shady-voip", "\"name\": \"Shady VoIP LLC\", \"country\": \"US\", \"foreign\": false"),
			Map.entry("spam-dialer", "\"name\": \"Spam Dialer Networks\", \"country\": \"US\", \"foreign\": false"),
			Map.entry("wholesale-one", "\"name\": \"Wholesale One Corp\", \"country\": \"US\", \"foreign\": false"));

	@BeforeEach
	void investigationGraph() {
		loadInvestigationGraph();
	}

	@Test
	void theProvidersThatSendTrafficStraightToAcmeVoiceAreItsUpstreamAtDepthOne() {
		assertThat(get("/api/providers/acme-voice/upstream")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("acme-voice", "UPSTREAM", 1, false,
					nodes("acme-voice:0", "big-carrier:1", "least-cost:1", "wholesale-one:1"),
					edges("big-carrier>acme-voice 8 2024-01-05 2024-06-20",
							"wholesale-one>acme-voice 2 2024-03-20 2024-05-05",
							"least-cost>acme-voice 1 2024-05-30 2024-05-30")));
	}

	@Test
	void atDepthTwoAcmeVoicesUpstreamAddsWhoFedItsSuppliers() {
		assertThat(get("/api/providers/acme-voice/upstream?depth=2")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("acme-voice", "UPSTREAM", 2, false,
					nodes("acme-voice:0", "big-carrier:1", "least-cost:1", "wholesale-one:1", "gateway-global:2",
							"portal-gw:2", "robo-origin:2", "shady-voip:2", "spam-dialer:2"),
					edges("big-carrier>acme-voice 8 2024-01-05 2024-06-20",
							"robo-origin>wholesale-one 6 2024-01-05 2024-05-22",
							"wholesale-one>big-carrier 6 2024-01-05 2024-05-22",
							"gateway-global>big-carrier 5 2024-01-15 2024-06-20",
							"spam-dialer>least-cost 3 2024-02-01 2024-06-03",
							"least-cost>wholesale-one 2 2024-03-20 2024-05-05",
							"portal-gw>wholesale-one 2 2024-04-25 2024-06-10",
							"shady-voip>least-cost 2 2024-03-20 2024-05-05",
							"wholesale-one>acme-voice 2 2024-03-20 2024-05-05",
							"least-cost>acme-voice 1 2024-05-30 2024-05-30",
							"robo-origin>big-carrier 1 2024-06-15 2024-06-15")));
	}

	@Test
	void atDepthThreeAcmeVoicesUpstreamReachesTheForeignOriginsButNeverMetroTel() {
		assertThat(get("/api/providers/acme-voice/upstream?depth=3")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("acme-voice", "UPSTREAM", 3, false,
					nodes("acme-voice:0", "big-carrier:1", "least-cost:1", "wholesale-one:1", "gateway-global:2",
							"portal-gw:2", "robo-origin:2", "shady-voip:2", "spam-dialer:2", "far-telecom:3",
							"overseas-voip:3"),
					edges("big-carrier>acme-voice 8 2024-01-05 2024-06-20",
							"robo-origin>wholesale-one 6 2024-01-05 2024-05-22",
							"wholesale-one>big-carrier 6 2024-01-05 2024-05-22",
							"gateway-global>big-carrier 5 2024-01-15 2024-06-20",
							"overseas-voip>gateway-global 4 2024-01-15 2024-04-15",
							"spam-dialer>least-cost 3 2024-02-01 2024-06-03",
							"far-telecom>portal-gw 2 2024-04-25 2024-06-10",
							"least-cost>wholesale-one 2 2024-03-20 2024-05-05",
							"portal-gw>wholesale-one 2 2024-04-25 2024-06-10",
							"shady-voip>least-cost 2 2024-03-20 2024-05-05",
							"wholesale-one>acme-voice 2 2024-03-20 2024-05-05",
							"least-cost>acme-voice 1 2024-05-30 2024-05-30",
							"robo-origin>big-carrier 1 2024-06-15 2024-06-15",
							"robo-origin>gateway-global 1 2024-06-20 2024-06-20")));
	}

	@Test
	void bigCarriersUpstreamGrowsLayerByLayer() {
		var depth1 = assertThat(get("/api/providers/big-carrier/upstream?depth=1")).hasStatusOk().bodyJson();
		depth1.extractingPath("$.nodes[*].id")
			.asArray()
			.containsExactly("big-carrier", "gateway-global", "robo-origin", "wholesale-one");
		depth1.extractingPath("$.edges[*].from")
			.asArray()
			.containsExactly("wholesale-one", "gateway-global", "robo-origin");

		var depth2 = assertThat(get("/api/providers/big-carrier/upstream?depth=2")).hasStatusOk().bodyJson();
		depth2.extractingPath("$.nodes[*].id")
			.asArray()
			.containsExactly("big-carrier", "gateway-global", "robo-origin", "wholesale-one", "least-cost",
					"overseas-voip", "portal-gw");
		depth2.extractingPath("$.nodes[*].distance").asArray().containsExactly(0, 1, 1, 1, 2, 2, 2);
		depth2.extractingPath("$.edges.length()").isEqualTo(8);

		var depth3 = assertThat(get("/api/providers/big-carrier/upstream?depth=3")).hasStatusOk().bodyJson();
		depth3.extractingPath("$.nodes[*].id")
			.asArray()
			.containsExactly("big-carrier", "gateway-global", "robo-origin", "wholesale-one", "least-cost",
					"overseas-voip", "portal-gw", "far-telecom", "shady-voip", "spam-dialer");
		depth3.extractingPath("$.edges.length()").isEqualTo(11);
		depth3.extractingPath("$.truncated").isEqualTo(false);
	}

	@Test
	void roboOriginHandsItsTrafficToThreeProvidersAndThroughThemToTheTerminatingCarriers() {
		assertThat(get("/api/providers/robo-origin/downstream")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("robo-origin", "DOWNSTREAM", 1, false,
					nodes("robo-origin:0", "big-carrier:1", "gateway-global:1", "wholesale-one:1"),
					edges("robo-origin>wholesale-one 6 2024-01-05 2024-05-22",
							"robo-origin>big-carrier 1 2024-06-15 2024-06-15",
							"robo-origin>gateway-global 1 2024-06-20 2024-06-20")));

		String depth2 = network("robo-origin", "DOWNSTREAM", 2, false,
				nodes("robo-origin:0", "big-carrier:1", "gateway-global:1", "wholesale-one:1", "acme-voice:2",
						"metro-tel:2"),
				edges("big-carrier>acme-voice 8 2024-01-05 2024-06-20",
						"robo-origin>wholesale-one 6 2024-01-05 2024-05-22",
						"wholesale-one>big-carrier 6 2024-01-05 2024-05-22",
						"gateway-global>big-carrier 5 2024-01-15 2024-06-20",
						"big-carrier>metro-tel 4 2024-02-10 2024-06-15",
						"wholesale-one>acme-voice 2 2024-03-20 2024-05-05",
						"wholesale-one>metro-tel 2 2024-04-25 2024-06-10",
						"robo-origin>big-carrier 1 2024-06-15 2024-06-15",
						"robo-origin>gateway-global 1 2024-06-20 2024-06-20"));
		assertThat(get("/api/providers/robo-origin/downstream?depth=2")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(depth2);
		// the terminating carriers hand nothing on: depth 3 finds nothing more
		assertThat(get("/api/providers/robo-origin/downstream?depth=3")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(depth2.replace("\"depth\": 2", "\"depth\": 3"));
	}

	@Test
	void overseasTrafficRunsDownstreamThroughTheGatewayOneLayerAtATime() {
		var depth1 = assertThat(get("/api/providers/overseas-voip/downstream?depth=1")).hasStatusOk().bodyJson();
		depth1.extractingPath("$.nodes[*].id").asArray().containsExactly("overseas-voip", "gateway-global");
		depth1.extractingPath("$.nodes[0].foreign").isEqualTo(true);
		depth1.extractingPath("$.nodes[0].country").isEqualTo("IN");

		var depth2 = assertThat(get("/api/providers/overseas-voip/downstream?depth=2")).hasStatusOk().bodyJson();
		depth2.extractingPath("$.nodes[*].id")
			.asArray()
			.containsExactly("overseas-voip", "gateway-global", "big-carrier");
		depth2.extractingPath("$.edges[*].calls").asArray().containsExactly(5, 4);

		assertThat(get("/api/providers/overseas-voip/downstream?depth=3")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("overseas-voip", "DOWNSTREAM", 3, false,
					nodes("overseas-voip:0", "gateway-global:1", "big-carrier:2", "acme-voice:3", "metro-tel:3"),
					edges("big-carrier>acme-voice 8 2024-01-05 2024-06-20",
							"gateway-global>big-carrier 5 2024-01-15 2024-06-20",
							"big-carrier>metro-tel 4 2024-02-10 2024-06-15",
							"overseas-voip>gateway-global 4 2024-01-15 2024-04-15")));
	}

	@Test
	void aProviderNobodySendsTrafficToHasAnUpstreamOfItselfAlone() {
		assertThat(get("/api/providers/robo-origin/upstream?depth=6")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("robo-origin", "UPSTREAM", 6, false, nodes("robo-origin:0"), edges()));
	}

	@Test
	void theNodeCapKeepsTheNearestProvidersAndSaysTheAnswerIsTruncated() {
		assertThat(get("/api/providers/big-carrier/upstream?depth=2&maxNodes=3")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("big-carrier", "UPSTREAM", 2, true,
					nodes("big-carrier:0", "gateway-global:1", "robo-origin:1"),
					edges("gateway-global>big-carrier 5 2024-01-15 2024-06-20",
							"robo-origin>big-carrier 1 2024-06-15 2024-06-15",
							"robo-origin>gateway-global 1 2024-06-20 2024-06-20")));
		assertThat(get("/api/providers/big-carrier/upstream?depth=2&maxNodes=7")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.truncated")
			.isEqualTo(false);
		assertThat(get("/api/providers/big-carrier/upstream?depth=2&maxNodes=6")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.truncated")
			.isEqualTo(true);
		assertThat(get("/api/providers/big-carrier/upstream?maxNodes=1")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("big-carrier", "UPSTREAM", 1, true, nodes("big-carrier:0"), edges()));
	}

	@Test
	void theNodeCapAppliesAlikeToAFilteredNetwork() {
		assertThat(get("/api/providers/acme-voice/upstream?depth=2&campaign=Amazon-Impers-P2&maxNodes=4")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("acme-voice", "UPSTREAM", 2, true, "Amazon-Impers-P2", null, null,
					nodes("acme-voice:0", "big-carrier:1", "wholesale-one:1", "gateway-global:2"),
					edges("wholesale-one>big-carrier 6 2024-01-05 2024-05-22",
							"big-carrier>acme-voice 5 2024-01-05 2024-06-20",
							"wholesale-one>acme-voice 2 2024-03-20 2024-05-05",
							"gateway-global>big-carrier 1 2024-06-20 2024-06-20")));
	}

	@Test
	void aCampaignFilterCountsOnlyThatCampaignsCallsFromTheirHopChains() {
		// Amazon-Impers-P2: T01-T06, T14, T15, T18, T20 (and the letter's two calls,
		// which hand nothing over)
		assertThat(get("/api/providers/acme-voice/upstream?depth=2&campaign=Amazon-Impers-P2")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("acme-voice", "UPSTREAM", 2, false, "Amazon-Impers-P2", null, null,
					nodes("acme-voice:0", "big-carrier:1", "wholesale-one:1", "gateway-global:2", "least-cost:2",
							"robo-origin:2"),
					edges("robo-origin>wholesale-one 6 2024-01-05 2024-05-22",
							"wholesale-one>big-carrier 6 2024-01-05 2024-05-22",
							"big-carrier>acme-voice 5 2024-01-05 2024-06-20",
							"least-cost>wholesale-one 2 2024-03-20 2024-05-05",
							"wholesale-one>acme-voice 2 2024-03-20 2024-05-05",
							"gateway-global>big-carrier 1 2024-06-20 2024-06-20",
							"robo-origin>big-carrier 1 2024-06-15 2024-06-15")));
	}

	@Test
	void aCampaignFilterWorksDownstreamToo() {
		// SSA-LawEnforcement through gateway-global: T07-T10 only (T20, Amazon, is left
		// out)
		assertThat(get("/api/providers/gateway-global/downstream?depth=2&campaign=SSA-LawEnforcement")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("gateway-global", "DOWNSTREAM", 2, false, "SSA-LawEnforcement", null, null,
					nodes("gateway-global:0", "big-carrier:1", "acme-voice:2", "metro-tel:2"),
					edges("gateway-global>big-carrier 4 2024-01-15 2024-04-15",
							"big-carrier>acme-voice 3 2024-01-15 2024-04-15",
							"big-carrier>metro-tel 1 2024-03-15 2024-03-15")));
	}

	@Test
	void aCallDateWindowCountsOnlyTheCallsMadeInIt() {
		// January and February 2024: T01 T02 T03 T07 T08 T11 T12
		assertThat(get("/api/providers/big-carrier/upstream?depth=2&from=2024-01-01&to=2024-02-29")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("big-carrier", "UPSTREAM", 2, false, null, "2024-01-01", "2024-02-29",
					nodes("big-carrier:0", "gateway-global:1", "wholesale-one:1", "overseas-voip:2", "robo-origin:2"),
					edges("robo-origin>wholesale-one 3 2024-01-05 2024-02-10",
							"wholesale-one>big-carrier 3 2024-01-05 2024-02-10",
							"gateway-global>big-carrier 2 2024-01-15 2024-02-15",
							"overseas-voip>gateway-global 2 2024-01-15 2024-02-15")));
	}

	@Test
	void aWindowOpenAtOneEndCountsEverythingFromItsStart() {
		// from June 2024: T13 T17 T18 T20
		assertThat(get("/api/providers/robo-origin/downstream?depth=2&from=2024-06-01")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("robo-origin", "DOWNSTREAM", 2, false, null, "2024-06-01", null,
					nodes("robo-origin:0", "big-carrier:1", "gateway-global:1", "acme-voice:2", "metro-tel:2"),
					edges("big-carrier>acme-voice 1 2024-06-20 2024-06-20",
							"big-carrier>metro-tel 1 2024-06-15 2024-06-15",
							"gateway-global>big-carrier 1 2024-06-20 2024-06-20",
							"robo-origin>big-carrier 1 2024-06-15 2024-06-15",
							"robo-origin>gateway-global 1 2024-06-20 2024-06-20")));
	}

	@Test
	void aCampaignAndAWindowTogetherCountTheCallsMatchingBoth() {
		// Amazon-Impers-P2 in January 2024: T01 and T02
		assertThat(get("/api/providers/acme-voice/upstream?depth=3&campaign=Amazon-Impers-P2&to=2024-01-31"))
			.hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("acme-voice", "UPSTREAM", 3, false, "Amazon-Impers-P2", null, "2024-01-31",
					nodes("acme-voice:0", "big-carrier:1", "wholesale-one:2", "robo-origin:3"),
					edges("big-carrier>acme-voice 2 2024-01-05 2024-01-20",
							"robo-origin>wholesale-one 2 2024-01-05 2024-01-20",
							"wholesale-one>big-carrier 2 2024-01-05 2024-01-20")));
	}

	@Test
	void aWindowWithoutCallsLeavesTheProviderAlone() {
		assertThat(get("/api/providers/acme-voice/upstream?from=2023-01-01&to=2023-12-31")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("acme-voice", "UPSTREAM", 1, false, null, "2023-01-01", "2023-12-31",
					nodes("acme-voice:0"), edges()));
	}

	@Test
	void aWindowCoveringEveryCallGivesTheSameNetworkAsTheMaintainedRoutes() {
		for (String direction : new String[] { "upstream", "downstream" }) {
			for (String provider : new String[] { "acme-voice", "big-carrier", "wholesale-one", "least-cost" }) {
				String unfiltered = body(get("/api/providers/" + provider + "/" + direction + "?depth=6"));
				String filtered = body(
						get("/api/providers/" + provider + "/" + direction + "?depth=6&from=2024-01-01&to=2024-12-31"));
				assertThat(filtered.replace(",\"from\":\"2024-01-01\",\"to\":\"2024-12-31\"", ""))
					.as(provider + " " + direction)
					.isEqualTo(unfiltered);
			}
		}
	}

	@Test
	void depthOutsideOneToSixIsABadParameter() {
		for (String depth : new String[] { "0", "7", "-1" }) {
			assertThat(get("/api/providers/acme-voice/upstream?depth=" + depth)).hasStatus(400)
				.bodyJson()
				.isLenientlyEqualTo("{\"title\": \"Bad parameter\", \"errors\": [{\"field\": \"depth\"}]}");
		}
		assertThat(get("/api/providers/acme-voice/downstream?depth=7")).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo("{\"errors\": [{\"field\": \"depth\", \"reason\": \"must be between 1 and 6\"}]}");
		assertThat(get("/api/providers/acme-voice/downstream?depth=two")).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo("{\"errors\": [{\"field\": \"depth\"}]}");
	}

	@Test
	void otherBadParametersAreNamed() {
		assertThat(get("/api/providers/acme-voice/upstream?maxNodes=0")).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo("{\"errors\": [{\"field\": \"maxNodes\"}]}");
		assertThat(get("/api/providers/acme-voice/upstream?maxNodes=501")).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo("{\"errors\": [{\"field\": \"maxNodes\"}]}");
		assertThat(get("/api/providers/acme-voice/upstream?from=2024-02-30")).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo("{\"errors\": [{\"field\": \"from\"}]}");
		assertThat(get("/api/providers/acme-voice/downstream?from=2024-03-01&to=2024-02-01")).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo("{\"errors\": [{\"field\": \"from\"}]}");
	}

	@Test
	void anUnknownProviderIsNotFound() {
		assertThat(get("/api/providers/no-such-carrier/upstream")).hasStatus(404)
			.bodyJson()
			.isLenientlyEqualTo("{\"title\": \"Not found\", \"detail\": \"No provider with id 'no-such-carrier'\"}");
		assertThat(get("/api/providers/no-such-carrier/downstream?depth=3")).hasStatus(404);
		assertThat(get("/api/providers/no-such-carrier/downstream?campaign=Amazon-Impers-P2")).hasStatus(404)
			.bodyJson()
			.isLenientlyEqualTo("{\"detail\": \"No provider with id 'no-such-carrier'\"}");
		assertThat(get("/api/providers/no-such-carrier/upstream?from=2024-01-01")).hasStatus(404);
	}

	@Test
	void anUnknownCampaignIsNotFound() {
		assertThat(get("/api/providers/acme-voice/upstream?campaign=No-Such-Campaign")).hasStatus(404)
			.bodyJson()
			.isLenientlyEqualTo("{\"detail\": \"No campaign with id 'No-Such-Campaign'\"}");
		assertThat(get("/api/providers/acme-voice/downstream?campaign=No-Such-Campaign&from=2024-01-01"))
			.hasStatus(404);
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).exchange();
	}

	private static String body(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String network(String center, String direction, int depth, boolean truncated, String nodes,
			String edges) {
		return network(center, direction, depth, truncated, null, null, null, nodes, edges);
	}

	private static String network(String center, String direction, int depth, boolean truncated, String campaign,
			String from, String to, String nodes, String edges) {
		return "{\"center\": \"" + center + "\", \"direction\": \"" + direction + "\", \"depth\": " + depth
				+ ((campaign != null) ? ", \"campaign\": \"" + campaign + "\"" : "")
				+ ((from != null) ? ", \"from\": \"" + from + "\"" : "")
				+ ((to != null) ? ", \"to\": \"" + to + "\"" : "") + ", \"truncated\": " + truncated + ", \"nodes\": "
				+ nodes + ", \"edges\": " + edges + "}";
	}

	/** Nodes as {@code id:distance}. */
	private static String nodes(String... nodes) {
		return Arrays.stream(nodes).map(node -> {
			String[] parts = node.split(":");
			return "{\"id\": \"" + parts[0] + "\", " + PROVIDERS.get(parts[0]) + ", \"distance\": " + parts[1] + "}";
		}).collect(Collectors.joining(", ", "[", "]"));
	}

	/** Edges as {@code from>to calls firstSeen lastSeen}. */
	static String edges(String... edges) {
		return Arrays.stream(edges).map(edge -> {
			String[] parts = edge.split("[> ]");
			return "{\"from\": \"" + parts[0] + "\", \"to\": \"" + parts[1] + "\", \"calls\": " + parts[2]
					+ ", \"firstSeen\": \"" + parts[3] + "\", \"lastSeen\": \"" + parts[4] + "\"}";
		}).collect(Collectors.joining(", ", "[", "]"));
	}

}
