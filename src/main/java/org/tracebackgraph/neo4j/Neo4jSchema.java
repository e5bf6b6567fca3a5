package org.tracebackgraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema/*.cypher} (constraints and indexes, all
 * {@code IF NOT EXISTS}) in file-name order when the app starts. Running them again
 * changes nothing, so there is no migration table to keep.
 */
@Component
public class Neo4jSchema implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(Neo4jSchema.class);

	private final GraphWriter writer;

	Neo4jSchema(GraphWriter writer) {
		this.writer = writer;
	}

	@Override
	public void afterPropertiesSet() {
		List<CypherQuery> statements = schemaStatements();
		// Schema changes cannot share a transaction with each other in Neo4j.
		for (CypherQuery statement : statements) {
			this.writer.writeWithoutTimeout(tx -> tx.run(statement.text()).consume());
		}
		log.info("Neo4j schema applied: {} statements", statements.size());
	}

	static List<CypherQuery> schemaStatements() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:cypher/schema/*.cypher");
			if (files.length == 0) {
				throw new IllegalStateException("No schema files found under cypher/schema/");
			}
			return Arrays.stream(files)
				.sorted(Comparator.comparing(Resource::getFilename))
				.map(file -> CypherQuery.parse("schema/" + file.getFilename().replace(".cypher", ""), file))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
