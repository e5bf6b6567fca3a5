package org.tracebackgraph.neo4j;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CypherQueryTests {

	@Test
	void theParamBlockIsSplitFromTheQuery() {
		CypherQuery query = CypherQuery.parse("x", """
				// What it answers
				:param {
				  id: 'T-1',
				  n: 3
				};
				MATCH (t:Traceback {tracebackId: $id})
				RETURN t.tracebackId AS id;
				""");

		assertThat(query).isEqualTo(new CypherQuery("x",
				"// What it answers\nMATCH (t:Traceback {tracebackId: $id})\nRETURN t.tracebackId AS id",
				Optional.of("{\n  id: 'T-1',\n  n: 3\n}")));
	}

	@Test
	void aQueryWithoutParamsHasNone() {
		assertThat(CypherQuery.parse("x", "RETURN 1 AS one;").exampleParameters()).isEmpty();
	}

	@Test
	void aMissingFileStopsTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> CypherQuery.load("no/such-query"))
			.withMessage("Cypher file missing: cypher/no/such-query.cypher");
	}

	@Test
	void anUnendedParamBlockIsAnError() {
		assertThatIllegalStateException().isThrownBy(() -> CypherQuery.parse("x", ":param {a: 1}\nRETURN 1"))
			.withMessageContaining("does not end with ';'");
	}

	@Test
	void aFileWithOnlyCommentsIsAnError() {
		assertThatIllegalStateException().isThrownBy(() -> CypherQuery.parse("x", "// nothing here\n"))
			.withMessageContaining("holds no query");
	}

	@Test
	void schemaFilesAreFoundInOrder() {
		assertThat(Neo4jSchema.schemaStatements()).extracting(CypherQuery::name)
			.startsWith("schema/005-hop-property-keys", "schema/010-provider-id-unique")
			.endsWith("schema/900-await-indexes");
	}

}
