package org.tracebackgraph.neo4j;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;
import org.tracebackgraph.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

class StoreMigrationsTests extends GraphTest {

	private static final String HOP_LABELS = "['Terminating', 'Intermediate', 'Gateway', 'Originating', 'UnknownRole',"
			+ " 'NamedUpstream', 'IsOrigin', 'NotFound', 'NoResponse', 'Late']";

	private final GraphBackend backend = new EmbeddedBackend(TestNeo4j.database(), Duration.ofSeconds(5));

	@Test
	void hopsStoredWithRoleResponseAndLatePropertiesAreRelabelledAsTheAppLabelsThemNow() {
		loadInvestigationGraph();
		List<Map<String, Object>> labelledNow = hops();
		assertThat(labelledNow.stream().flatMap((hop) -> ((List<?>) hop.get("labels")).stream()).map(Object::toString))
			.contains("Late", "NoResponse", "Gateway", "IsOrigin");
		assertThat(needed()).isFalse();

		writeAsAStoreMadeBeforeTheLabels();
		assertThat(needed()).isTrue();
		// batches of two tracebacks, so that the walk by traceback id takes many steps
		StoreMigrations.apply(this.backend, 2);

		assertThat(hops()).isEqualTo(labelledNow);
		assertThat(needed()).isFalse();
	}

	@Test
	void aMigrationStoppedHalfwayIsStillNeededAndFinishesAtTheNextStart() {
		loadInvestigationGraph();
		List<Map<String, Object>> labelledNow = hops();
		writeAsAStoreMadeBeforeTheLabels();
		// the first traceback done, as if the app had stopped after one batch
		rows("MATCH (t:Traceback) WITH t ORDER BY t.tracebackId LIMIT 1 MATCH (t)-[:HAS_HOP]->(h) "
				+ "SET h:$(CASE h.role WHEN 'TERMINATING' THEN 'Terminating' WHEN 'INTERMEDIATE' THEN 'Intermediate' "
				+ "WHEN 'GATEWAY' THEN 'Gateway' WHEN 'ORIGINATING' THEN 'Originating' ELSE 'UnknownRole' END) "
				+ "REMOVE h.role", Map.of());
		assertThat(needed()).isTrue();

		StoreMigrations.apply(this.backend);

		assertThat(hops()).isEqualTo(labelledNow);
	}

	/** Each hop's labels (in one order) and property keys, by traceback and position. */
	private List<Map<String, Object>> hops() {
		return rows("""
				MATCH (t:Traceback)-[:HAS_HOP]->(h:Hop)
				RETURN t.tracebackId AS tracebackId, h.position AS position,
				       [label IN %s WHERE label IN labels(h)] AS labels,
				       [key IN ['position', 'attestation', 'notifiedAt', 'notifiedOn', 'respondedAt', 'respondedOn',
				                'role', 'response', 'late'] WHERE h[key] IS NOT NULL] AS keys
				ORDER BY tracebackId, position""".formatted(HOP_LABELS), Map.of());
	}

	private void writeAsAStoreMadeBeforeTheLabels() {
		rows("""
				MATCH (h:Hop)
				SET h.role = CASE WHEN h:Terminating THEN 'TERMINATING' WHEN h:Intermediate THEN 'INTERMEDIATE'
				      WHEN h:Gateway THEN 'GATEWAY' WHEN h:Originating THEN 'ORIGINATING' ELSE 'UNKNOWN' END,
				    h.response = CASE WHEN h:NamedUpstream THEN 'NAMED_UPSTREAM' WHEN h:IsOrigin THEN 'IS_ORIGIN'
				      WHEN h:NotFound THEN 'NOT_FOUND' WHEN h:NoResponse THEN 'NO_RESPONSE' END,
				    h.late = CASE WHEN h:Late THEN true END
				REMOVE h:Terminating:Intermediate:Gateway:Originating:UnknownRole:NamedUpstream:IsOrigin:NotFound
				REMOVE h:NoResponse:Late""", Map.of());
	}

	private boolean needed() {
		return this.backend
			.read((tx) -> tx.one(CypherQuery.load("migration/010-hop-labels-needed"), Parameters.none(),
					(row) -> row.bool("needed")), null)
			.orElseThrow();
	}

}
