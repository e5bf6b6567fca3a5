package org.tracebackgraph.network;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A filtered network is counted from the hops of every matching call, so a filter that
 * matches more calls than {@code traceback.network.max-filtered-calls} is refused rather
 * than left to run long. Here the limit is 5 calls.
 */
@TestPropertySource(properties = "traceback.network.max-filtered-calls=5")
class FilteredCallLimitTests extends GraphTest {

	@Test
	void aCampaignWithMoreCallsThanTheLimitIsRefusedNamingTheCampaign() {
		loadInvestigationGraph();

		// Amazon-Impers-P2 has 12 calls: ten traced and the letter's two
		assertThat(this.mvc.get().uri("/api/providers/acme-voice/upstream?campaign=Amazon-Impers-P2")).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo(
					"""
							{"detail": "Parameter 'campaign' matches more than 5 calls; narrow the call dates with 'from' and 'to'",
							 "errors": [{"field": "campaign"}]}""");
	}

	@Test
	void aWindowWithMoreCallsThanTheLimitIsRefusedNamingFrom() {
		loadInvestigationGraph();

		// January and February 2024 hold 9 calls: seven traced and the letter's two
		assertThat(this.mvc.get().uri("/api/providers/acme-voice/upstream?from=2024-01-01&to=2024-02-29"))
			.hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo("{\"errors\": [{\"field\": \"from\"}]}");
	}

	@Test
	void aNarrowerFilterWithinTheLimitIsAnswered() {
		loadInvestigationGraph();

		// Amazon-Impers-P2 in January 2024: 4 calls (FX-C-01, FX-C-02 and the letter's
		// two)
		assertThat(this.mvc.get()
			.uri("/api/providers/acme-voice/upstream?campaign=Amazon-Impers-P2&from=2024-01-01&to=2024-01-31"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.edges[*].calls")
			.asArray()
			.containsExactly(2);
		// and the unfiltered network, from ROUTES_TO, knows no such limit
		assertThat(this.mvc.get().uri("/api/providers/acme-voice/upstream")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.edges[*].calls")
			.asArray()
			.containsExactly(8, 2, 1);
	}

}
