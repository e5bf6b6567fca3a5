package org.tracebackgraph.provider;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;

import static org.assertj.core.api.Assertions.assertThat;

class CallsByMonthTests extends GraphTest {

	@Test
	void aProvidersTracedCallsAreCountedInTheMonthOfTheCall() throws Exception {
		loadInvestigationGraph();
		String json = this.mvc.get()
			.uri("/api/providers/robo-origin/calls-by-month")
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		var expected = rows(
				"""
						MATCH (:Provider {providerId: 'robo-origin'})<-[:BY]-(:Hop)<-[:HAS_HOP]-(t:Traceback)-[:TRACES]->(c:Call)
						WITH DISTINCT t, c
						RETURN left(toString(c.startedOn), 7) AS month, count(t) AS calls ORDER BY month
						""",
				java.util.Map.of());
		assertThat(expected).isNotEmpty();
		for (var month : expected) {
			assertThat(json)
				.contains("{\"month\":\"" + month.get("month") + "\",\"calls\":" + month.get("calls") + "}");
		}
		assertThat(this.mvc.get().uri("/api/providers/robo-origin/calls-by-month")).bodyJson()
			.extractingPath("$.months.length()")
			.isEqualTo(expected.size());
	}

	@Test
	void aWindowKeepsOnlyItsMonths() {
		loadInvestigationGraph();
		assertThat(this.mvc.get().uri("/api/providers/robo-origin/calls-by-month?from=2099-01-01")).hasStatusOk()
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
