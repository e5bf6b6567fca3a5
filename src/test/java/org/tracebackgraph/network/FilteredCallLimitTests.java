package org.tracebackgraph.network;

import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;
import org.tracebackgraph.TestTracebacks.Traceback;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracebackgraph.TestTracebacks.traceback;

/**
 * A filtered network is counted from the hops of every matching call, so a filter that
 * matches more calls than {@code traceback.network.max-filtered-calls} is refused rather
 * than left to run long. Here the limit is 5 calls.
 */
@TestPropertySource(properties = "traceback.network.max-filtered-calls=5")
class FilteredCallLimitTests extends GraphTest {

	/**
	 * Eight calls of campaign K to term, one a month from January to August 2024: the
	 * first three from origin-a, the rest from origin-b.
	 */
	@BeforeEach
	void eightCallsOfOneCampaign() {
		load(IntStream.rangeClosed(1, 8)
			.mapToObj(month -> traceback("T" + month).on("2024-%02d-10".formatted(month))
				.campaign("K")
				.route((month <= 3) ? "origin-a" : "origin-b", "term"))
			.toArray(Traceback[]::new));
	}

	@Test
	void aCampaignWithMoreCallsThanTheLimitIsRefusedNamingTheCampaign() {
		assertThat(this.mvc.get().uri("/api/providers/term/upstream?campaign=K")).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo(
					"""
							{"detail": "Parameter 'campaign' matches more than 5 calls; narrow the call dates with 'from' and 'to'",
							 "errors": [{"field": "campaign"}]}""");
	}

	@Test
	void aWindowWithMoreCallsThanTheLimitIsRefusedNamingFrom() {
		assertThat(this.mvc.get().uri("/api/providers/term/upstream?from=2024-01-01&to=2024-06-30")).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo("{\"errors\": [{\"field\": \"from\"}]}");
	}

	@Test
	void aNarrowerFilterWithinTheLimitIsAnswered() {
		// January to April: three calls from origin-a, one from origin-b
		assertThat(this.mvc.get().uri("/api/providers/term/upstream?campaign=K&from=2024-01-01&to=2024-04-30"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.nodes[*].calls")
			.asArray()
			.containsExactly(4, 3, 1);
		assertThat(this.mvc.get().uri("/api/providers/term/upstream/edges?campaign=K&from=2024-01-01&to=2024-04-30"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].calls")
			.asArray()
			.containsExactly(3, 1);
		// and the unfiltered network, from ROUTES_TO, knows no such limit
		assertThat(this.mvc.get().uri("/api/providers/term/upstream")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.nodes[*].calls")
			.asArray()
			.containsExactly(8, 3, 5);
		assertThat(this.mvc.get().uri("/api/providers/term/upstream/edges")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].calls")
			.asArray()
			.containsExactly(5, 3);
	}

	@Test
	void theHandOversOfAFilterWithMoreCallsThanTheLimitAreRefusedToo() {
		assertThat(this.mvc.get().uri("/api/providers/term/upstream/edges?campaign=K")).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo("{\"errors\": [{\"field\": \"campaign\"}]}");
	}

}
