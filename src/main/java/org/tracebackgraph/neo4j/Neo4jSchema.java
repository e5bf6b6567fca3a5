package org.tracebackgraph.neo4j;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code cypher/schema/*.cypher} (constraints and indexes, all
 * {@code IF NOT EXISTS}) in file-name order before the first query runs, whenever the app
 * (or the command line) first reaches the database. Running them again changes nothing,
 * so there is no migration table to keep.
 */
final class Neo4jSchema {

	private static final Logger log = LoggerFactory.getLogger(Neo4jSchema.class);

	private Neo4jSchema() {
	}

	static void apply(GraphBackend backend) {
		List<CypherQuery> statements = schemaStatements();
		// Schema changes cannot share a transaction with each other in Neo4j; an index
		// on a large store may take minutes to populate, so no timeout.
		for (CypherQuery statement : statements) {
			backend.write(tx -> {
				tx.runStatement(statement.text());
				return null;
			}, null);
		}
		log.info("Neo4j schema applied: {} statements", statements.size());
	}

	static List<CypherQuery> schemaStatements() {
		List<String> names = CypherQuery.namesIn("schema", ".cypher");
		if (names.isEmpty()) {
			throw new IllegalStateException("No schema files found under cypher/schema/");
		}
		return names.stream().map((name) -> CypherQuery.load("schema/" + name)).toList();
	}

}
