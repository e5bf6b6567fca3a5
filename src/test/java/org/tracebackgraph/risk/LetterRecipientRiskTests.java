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
 * A letter's recipient carried the calls its chart lists, at a hop nobody placed: those
 * calls and the letter itself count, so the recipient of a cease-and-desist demand does
 * not look harmless beside providers with one traced call.
 */
class LetterRecipientRiskTests extends GraphTest {

	@Autowired
	private RiskReports reports;

	@Autowired
	private RiskReportQueries queries;

	@Test
	void onTheDemoDataTheLettersRecipientRanksFirstAndItsFactorsSayWhy() {
		assertThat(this.mvc.post()
			.uri("/api/imports/letters")
			.multipart()
			.file("letter", Examples.bytes("letters/ftc-2023-11-27-bandwidth-letter.json"))
			.file("chart", Examples.bytes("letters/ftc-2023-11-27-bandwidth-attachment-a.csv"))).hasStatusOk();
		assertThat(postJson("/api/tracebacks", Examples.text("examples/tracebacks.json"))).hasStatusOk();

		RiskReports.Started run = this.reports.start("MANUAL").orElseThrow();
		assertThat(this.reports.finish(run)).isTrue();
		List<ProviderRisk> scores = this.queries.scores(run.reportId(), 0, 100);

		ProviderRisk first = scores.getFirst();
		System.out.println("Demo ranking: " + scores.stream().map(s -> s.providerId() + "=" + s.score()).toList());
		assertThat(first.providerId()).isEqualTo("bandwidth-inc");
		Map<String, Factor> factors = first.factors().stream().collect(Collectors.toMap(Factor::name, f -> f));
		assertThat(factors.get(Factor.UNKNOWN_ROLE).contribution()).isPositive();
		assertThat(factors.get(Factor.UNKNOWN_ROLE).detail())
			.startsWith("115 traced calls at an unknown position (a letter's chart names it, not its hop)");
		assertThat(factors.get(Factor.LETTERS).contribution()).isEqualTo(factors.get(Factor.LETTERS).weight());
		assertThat(factors.get(Factor.LETTERS).detail())
			.isEqualTo("1 letter from a regulator (cease-and-desist, warning or notice)");
	}

}
