package org.tracebackgraph.network;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracebackgraph.network.NetworkGraphs.fiveCalls;
import static org.tracebackgraph.network.NetworkGraphs.page;

/**
 * The hand-overs of a provider's network, paged apart from its providers, on the small
 * network of {@link NetworkGraphs}.
 */
class NetworkEdgesTests extends GraphTest {

	@Test
	void atDepthOneTheHandOversAreThoseIntoTheProviderBusiestFirstThenByTheProvidersIds() {
		load(fiveCalls());

		assertThat(get("/api/providers/acme/upstream/edges")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(page(0, 20, false, "big>acme 2 2024-02-10 2024-03-15", "least>acme 1 2024-04-20",
					"whole>acme 1 2024-01-05"));
	}

	@Test
	void deeperTheyIncludeEveryHandOverOnARouteOfAtMostDepthHandOversIntoTheProvider() {
		load(fiveCalls());

		// whole>big lies between two providers of the first ring: its calls reached acme
		assertThat(get("/api/providers/acme/upstream/edges?depth=2")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(page(0, 20, false, "big>acme 2 2024-02-10 2024-03-15",
					"robo>whole 2 2024-01-05 2024-02-10", "gw>big 1 2024-03-15", "least>acme 1 2024-04-20",
					"spam>least 1 2024-04-20", "whole>acme 1 2024-01-05", "whole>big 1 2024-02-10"));
		// overseas>gw is three hand-overs out; big>metro never reaches acme
		assertThat(get("/api/providers/acme/upstream/edges?depth=3")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].from")
			.asArray()
			.containsExactly("big", "robo", "gw", "least", "overseas", "spam", "whole", "whole");
	}

	@Test
	void pagesFollowOneAnotherUntilNoMoreFollow() {
		load(fiveCalls());

		assertThat(get("/api/providers/acme/upstream/edges?depth=2&size=3")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(page(0, 3, true, "big>acme 2 2024-02-10 2024-03-15",
					"robo>whole 2 2024-01-05 2024-02-10", "gw>big 1 2024-03-15"));
		assertThat(get("/api/providers/acme/upstream/edges?depth=2&size=3&page=1")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					page(1, 3, true, "least>acme 1 2024-04-20", "spam>least 1 2024-04-20", "whole>acme 1 2024-01-05"));
		assertThat(get("/api/providers/acme/upstream/edges?depth=2&size=3&page=2")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(page(2, 3, false, "whole>big 1 2024-02-10"));
		assertThat(get("/api/providers/acme/upstream/edges?depth=2&size=3&page=3")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(page(3, 3, false));
	}

	@Test
	void downstreamTheyAreTheHandOversOutOfTheProviderAndOnwards() {
		load(fiveCalls());

		assertThat(get("/api/providers/robo/downstream/edges?depth=2")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(page(0, 20, false, "robo>whole 2 2024-01-05 2024-02-10", "whole>acme 1 2024-01-05",
					"whole>big 1 2024-02-10"));
		assertThat(get("/api/providers/robo/downstream/edges?depth=3&size=2&page=1")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(page(1, 2, true, "big>metro 1 2024-05-25", "whole>acme 1 2024-01-05"));
		assertThat(get("/api/providers/robo/downstream/edges?depth=3")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].to")
			.asArray()
			.containsExactly("acme", "whole", "metro", "acme", "big");
	}

	@Test
	void aProviderNobodySendsTrafficToHasNoHandOversUpstream() {
		load(fiveCalls());

		assertThat(get("/api/providers/robo/upstream/edges?depth=6")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(page(0, 20, false));
	}

	@Test
	void aPageOutOfRangeOrABadDepthIsNamed() {
		load(fiveCalls());

		for (String query : new String[] { "depth=0", "depth=7", "size=0", "size=201", "page=-1" }) {
			String parameter = query.substring(0, query.indexOf('='));
			assertThat(get("/api/providers/acme/upstream/edges?" + query)).as(query)
				.hasStatus(400)
				.bodyJson()
				.isLenientlyEqualTo("{\"errors\": [{\"field\": \"" + parameter + "\"}]}");
		}
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).exchange();
	}

}
