package org.tracebackgraph.evidence;

import java.util.List;
import java.util.Optional;

import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphReader;
import org.tracebackgraph.neo4j.Parameters;
import org.tracebackgraph.web.Capped;
import org.tracebackgraph.web.DateWindow;

import org.springframework.stereotype.Repository;

@Repository
class EvidenceQueries {

	/** Most rows one chart shows; a wider chart asks for a narrower window. */
	static final int MAX_ROWS = 50_000;

	private final GraphReader graph;

	private final CypherQuery providerForEvidence = CypherQuery.load("queries/evidence/provider-for-evidence");

	private final CypherQuery evidenceChart = CypherQuery.load("queries/evidence/evidence-chart-of-provider");

	EvidenceQueries(GraphReader graph) {
		this.graph = graph;
	}

	Optional<EvidenceChart> chart(String providerId, DateWindow window) {
		return this.graph
			.read(tx -> tx
				.one(this.providerForEvidence, Parameters.of("providerId", providerId),
						row -> new EvidenceChart.Provider(row.string("providerId"), row.string("name")))
				.map(provider -> {
					List<EvidenceChart.TracedCall> rows = tx.list(this.evidenceChart,
							Parameters.of("providerId", providerId).with(window).and("limit", MAX_ROWS + 1),
							EvidenceChart.TracedCall::of);
					Capped<EvidenceChart.TracedCall> capped = Capped.of(rows, MAX_ROWS);
					return new EvidenceChart(provider, window.from(), window.to(), capped.items(), capped.truncated());
				}));
	}

}
