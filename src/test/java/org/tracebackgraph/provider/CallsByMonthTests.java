package org.tracebackgraph.provider;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracebackgraph.TestTracebacks.traceback;

class CallsByMonthTests extends GraphTest {

	@Test
	void aProvidersTracedCallsAreCountedInTheMonthOfTheCallAndMonthsWithoutCallsAreLeftOut() {
		load(traceback("T1").on("2024-01-05").route("robo", "term"),
				traceback("T2").on("2024-01-31").route("robo", "term"),
				traceback("T3").on("2024-03-01").route("robo", "other-term"),
				traceback("T4").on("2024-02-10").route("elsewhere", "term"));

		assertThat(this.mvc.get().uri("/api/providers/robo/calls-by-month")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.months")
			.isEqualTo(List.of(Map.of("month", "2024-01", "calls", 2), Map.of("month", "2024-03", "calls", 1)));
	}

	@Test
	void aWindowKeepsOnlyItsMonths() {
		load(traceback("T1").on("2024-01-05").route("robo", "term"),
				traceback("T2").on("2024-03-01").route("robo", "term"));

		assertThat(this.mvc.get().uri("/api/providers/robo/calls-by-month?from=2024-02-01")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.months")
			.isEqualTo(List.of(Map.of("month", "2024-03", "calls", 1)));
		assertThat(this.mvc.get().uri("/api/providers/robo/calls-by-month?from=2099-01-01")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.months")
			.asArray()
			.isEmpty();
	}

	@Test
	void anUnknownProviderIs404() {
		assertThat(this.mvc.get().uri("/api/providers/no-such/calls-by-month")).hasStatus(404);
	}

}
