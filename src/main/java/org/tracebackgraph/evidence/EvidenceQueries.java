package org.tracebackgraph.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.web.DateWindow;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import static org.tracebackgraph.neo4j.Values.date;
import static org.tracebackgraph.neo4j.Values.string;
import static org.tracebackgraph.neo4j.Values.strings;

@Repository
@Transactional(readOnly = true)
class EvidenceQueries {

	/** Most rows one chart shows; a wider chart asks for a narrower window. */
	static final int MAX_ROWS = 50_000;

	private final Neo4jClient neo4j;

	private final CypherQuery providerForEvidence = CypherQuery.load("queries/evidence/provider-for-evidence");

	private final CypherQuery evidenceChart = CypherQuery.load("queries/evidence/evidence-chart-of-provider");

	EvidenceQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Optional<EvidenceChart> chart(String providerId, DateWindow window) {
		Optional<EvidenceChart.Provider> provider = this.neo4j.query(this.providerForEvidence.text())
			.bind(providerId)
			.to("providerId")
			.fetchAs(EvidenceChart.Provider.class)
			.mappedBy(
					(types, row) -> new EvidenceChart.Provider(string(row.get("providerId")), string(row.get("name"))))
			.one();
		if (provider.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("providerId", providerId);
		parameters.put("from", window.from());
		parameters.put("to", window.to());
		parameters.put("limit", MAX_ROWS + 1);
		List<EvidenceChart.Row> rows = new ArrayList<>(this.neo4j.query(this.evidenceChart.text())
			.bindAll(parameters)
			.fetchAs(EvidenceChart.Row.class)
			.mappedBy((types, row) -> new EvidenceChart.Row(date(row.get("notifiedOn")), date(row.get("calledOn")),
					string(row.get("callerId")), string(row.get("campaign")), string(row.get("recordingUrl")),
					strings(row.get("violations")), string(row.get("tracebackId")), string(row.get("callId"))))
			.all());
		boolean truncated = rows.size() > MAX_ROWS;
		return Optional.of(new EvidenceChart(provider.get(), window.from(), window.to(),
				truncated ? List.copyOf(rows.subList(0, MAX_ROWS)) : List.copyOf(rows), truncated));
	}

}
