package org.tracebackgraph.risk;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's flags count in the score: on the demo data with the FCC's real export
 * loaded (as the demo run loads it), the example providers, fictional and so without a
 * filing, carry half the registry factor (a missing filing may be a name the matching did
 * not recognise), while the letter's recipient, linked to its filing, carries none of it
 * and still ranks first.
 */
class RegistryRiskTests extends GraphTest {

	@Autowired
	private RiskReports reports;

	@Autowired
	private RiskReportQueries queries;

	@Test
	void providersWithoutAFilingCarryHalfTheRegistryFactorAndTheLettersRecipientStillRanksFirst() {
		assertThat(this.mvc.post()
			.uri("/api/imports/letters")
			.multipart()
			.file("letter", Examples.bytes("letters/ftc-2023-11-27-bandwidth-letter.json"))
			.file("chart", Examples.bytes("letters/ftc-2023-11-27-bandwidth-attachment-a.csv"))).hasStatusOk();
		assertThat(postJson("/api/tracebacks", Examples.text("examples/tracebacks.json"))).hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/api/imports/rmd")
			.contentType("text/csv")
			.content(Examples.bytes("registry/fcc-rmd-2025-01-21-us-filings.csv"))).hasStatusOk();

		RiskReports.Started run = this.reports.start("MANUAL").orElseThrow();
		assertThat(this.reports.finish(run)).isTrue();
		List<ProviderRisk> scores = this.queries.scores(run.reportId(), 0, 100);
		System.out.println("Demo ranking with the registry: "
				+ scores.stream().map(s -> s.providerId() + "=" + s.score()).toList());
		Map<String, Map<String, Factor>> factors = scores.stream()
			.collect(Collectors.toMap(ProviderRisk::providerId,
					s -> s.factors().stream().collect(Collectors.toMap(Factor::name, f -> f))));

		assertThat(scores.getFirst().providerId()).isEqualTo("bandwidth-inc");
		assertThat(factors.get("bandwidth-inc").get(Factor.REGISTRY).contribution()).isZero();
		assertThat(factors.get("bandwidth-inc").get(Factor.REGISTRY).detail()).isEqualTo("no registry flag");
		Factor gateway = factors.get("gateway-global").get(Factor.REGISTRY);
		assertThat(gateway.contribution()).isEqualTo(gateway.weight() / 2);
		assertThat(gateway.detail()).isEqualTo("registry flags: NO_FILING");
	}

}
