package org.tracebackgraph.neo4j;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;
import org.tracebackgraph.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

class Neo4jSchemaTests extends GraphTest {

	@Test
	void applyingTheSchemaToAStoreMadeBeforeDropsTheHopIdConstraint() {
		this.driver
			.executableQuery("CREATE CONSTRAINT hop_id_unique IF NOT EXISTS FOR (h:Hop) REQUIRE h.hopId IS UNIQUE")
			.execute();
		assertThat(constraints()).contains("hop_id_unique");

		Neo4jSchema.apply(new EmbeddedBackend(TestNeo4j.database(), Duration.ofSeconds(5)));

		assertThat(constraints()).doesNotContain("hop_id_unique").contains("traceback_id_unique");
	}

	@Test
	void applyingTheSchemaTwiceChangesNothing() {
		GraphBackend backend = new EmbeddedBackend(TestNeo4j.database(), Duration.ofSeconds(5));
		Neo4jSchema.apply(backend);
		List<String> once = constraints();

		Neo4jSchema.apply(backend);

		assertThat(constraints()).isEqualTo(once);
	}

	private List<String> constraints() {
		return this.driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name")
			.execute()
			.records()
			.stream()
			.map(row -> row.get("name").asString())
			.toList();
	}

}
