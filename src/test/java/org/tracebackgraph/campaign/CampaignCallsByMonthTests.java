package org.tracebackgraph.campaign;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignCallsByMonthTests extends GraphTest {

	@Test
	void aCampaignsCallsAreCountedInTheirMonthWhateverItsName() {
		assertThat(postJson("/api/tracebacks", Examples.text("examples/tracebacks.json"))).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/campaigns/by-name/calls-by-month?name={n}", "Amazon-Impers-P2"))
			.hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("{\"months\": [{\"month\": \"2023-09\", \"calls\": 3}]}");
	}

	@Test
	void anUnknownCampaignIs404() {
		assertThat(this.mvc.get().uri("/api/campaigns/by-name/calls-by-month?name={n}", "No/Such%Campaign"))
			.hasStatus(404);
	}

}
