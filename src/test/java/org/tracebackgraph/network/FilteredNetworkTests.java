package org.tracebackgraph.network;

import java.io.UnsupportedEncodingException;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracebackgraph.network.NetworkGraphs.fiveCalls;
import static org.tracebackgraph.network.NetworkGraphs.network;
import static org.tracebackgraph.network.NetworkGraphs.nodes;
import static org.tracebackgraph.network.NetworkGraphs.page;

/**
 * A network filtered by campaign or call dates is counted from the hop chains of the
 * matching calls (ROUTES_TO holds neither), and answers in the same shape as the
 * unfiltered one, with the filter echoed. On the small network of {@link NetworkGraphs}.
 */
class FilteredNetworkTests extends GraphTest {

	@Test
	void aCampaignFilterCountsOnlyThatCampaignsCalls() {
		load(fiveCalls());

		// K: T1, T2 and T5; acme took two of its calls, one from whole, one from big
		assertThat(get("/api/providers/acme/upstream?depth=2&campaign=K")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("acme", "UPSTREAM", 2, false, "campaign=K")
					+ nodes("acme:0:2", "big:1:1", "whole:1:1", "robo:2:2"));
		assertThat(get("/api/providers/acme/upstream/edges?depth=2&campaign=K")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(page(0, 20, false, "robo>whole 2 2024-01-05 2024-02-10", "big>acme 1 2024-02-10",
					"whole>acme 1 2024-01-05", "whole>big 1 2024-02-10"));
	}

	@Test
	void aCampaignFilterWorksDownstreamToo() {
		// S through gw: T3 only (big's hand-over to metro is K's)
		load(fiveCalls());

		assertThat(get("/api/providers/gw/downstream?depth=2&campaign=S")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					network("gw", "DOWNSTREAM", 2, false, "campaign=S") + nodes("gw:0:1", "big:1:1", "acme:2:1"));
		assertThat(get("/api/providers/gw/downstream/edges?depth=2&campaign=S")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(page(0, 20, false, "big>acme 1 2024-03-15", "gw>big 1 2024-03-15"));
	}

	@Test
	void aCallDateWindowCountsOnlyTheCallsMadeInIt() {
		// March and April 2024: T3 and T4
		load(fiveCalls());

		assertThat(get("/api/providers/acme/upstream?depth=3&from=2024-03-01&to=2024-04-30")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("acme", "UPSTREAM", 3, false, "from=2024-03-01", "to=2024-04-30")
					+ nodes("acme:0:2", "big:1:1", "least:1:1", "gw:2:1", "spam:2:1", "overseas:3:1"));
	}

	@Test
	void aWindowOpenAtOneEndCountsEverythingFromItsStart() {
		// from May 2024: T5 only
		load(fiveCalls());

		assertThat(get("/api/providers/big/downstream?depth=2&from=2024-05-01")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					network("big", "DOWNSTREAM", 2, false, "from=2024-05-01") + nodes("big:0:1", "metro:1:1"));
	}

	@Test
	void aCampaignAndAWindowTogetherCountTheCallsMatchingBoth() {
		// K in January 2024: T1
		load(fiveCalls());

		assertThat(get("/api/providers/acme/upstream?depth=3&campaign=K&to=2024-01-31")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(network("acme", "UPSTREAM", 3, false, "campaign=K", "to=2024-01-31")
					+ nodes("acme:0:1", "whole:1:1", "robo:2:1"));
	}

	@Test
	void aWindowWithoutCallsLeavesTheProviderAlone() {
		load(fiveCalls());

		assertThat(get("/api/providers/acme/upstream?from=2023-01-01&to=2023-12-31")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					network("acme", "UPSTREAM", 1, false, "from=2023-01-01", "to=2023-12-31") + nodes("acme:0:0"));
		assertThat(get("/api/providers/acme/upstream/edges?from=2023-01-01&to=2023-12-31")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(page(0, 20, false));
	}

	@Test
	void theNodeCapAppliesAlikeToAFilteredNetwork() {
		load(fiveCalls());

		assertThat(get("/api/providers/acme/upstream?depth=2&campaign=K&maxNodes=3")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					network("acme", "UPSTREAM", 2, true, "campaign=K") + nodes("acme:0:2", "big:1:1", "whole:1:1"));
	}

	@Test
	void filteredHandOversArePagedLikeTheOthers() {
		load(fiveCalls());

		assertThat(get("/api/providers/acme/upstream/edges?depth=2&campaign=K&size=2")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(page(0, 2, true, "robo>whole 2 2024-01-05 2024-02-10", "big>acme 1 2024-02-10"));
		assertThat(get("/api/providers/acme/upstream/edges?depth=2&campaign=K&size=2&page=1")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(page(1, 2, false, "whole>acme 1 2024-01-05", "whole>big 1 2024-02-10"));
	}

	@Test
	void aWindowCoveringEveryCallGivesTheSameNetworkAsTheMaintainedRoutes() {
		load(fiveCalls());

		for (String direction : new String[] { "upstream", "downstream" }) {
			for (String provider : new String[] { "acme", "big", "whole", "robo", "gw" }) {
				String path = "/api/providers/" + provider + "/" + direction;
				String window = "&from=2024-01-01&to=2024-12-31";
				assertThat(body(get(path + "?depth=6" + window))
					.replace(",\"from\":\"2024-01-01\",\"to\":\"2024-12-31\"", "")).as(provider + " " + direction)
					.isEqualTo(body(get(path + "?depth=6")));
				assertThat(body(get(path + "/edges?depth=6" + window))).as(provider + " " + direction + " edges")
					.isEqualTo(body(get(path + "/edges?depth=6")));
			}
		}
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).exchange();
	}

	private static String body(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
