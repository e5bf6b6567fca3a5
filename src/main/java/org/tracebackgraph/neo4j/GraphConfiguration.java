package org.tracebackgraph.neo4j;

import java.time.Duration;

import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Picks how transactions reach the database: in-process when a database runs in this
 * process (the embedded Neo4j, or the test harness), else through the driver; and applies
 * the schema before anything else may use it.
 */
@Configuration(proxyBeanMethods = false)
class GraphConfiguration {

	private static final Logger log = LoggerFactory.getLogger(GraphConfiguration.class);

	@Bean
	GraphBackend graphBackend(ObjectProvider<GraphDatabaseService> inProcess, Driver driver, Neo4jProperties neo4j,
			GraphProperties graph) {
		Duration retry = neo4j.getMaxTransactionRetryTime();
		GraphDatabaseService database = graph.inProcess() ? inProcess.getIfAvailable() : null;
		GraphBackend backend = (database != null)
				? new EmbeddedBackend(database, (retry != null) ? retry : Duration.ofSeconds(10))
				: new DriverBackend(driver, graph.database());
		log.info("Graph transactions: {}", backend.describe());
		Neo4jSchema.apply(backend);
		StoreMigrations.apply(backend);
		return backend;
	}

	@Bean
	GraphReader graphReader(GraphBackend backend, QueryLimits limits) {
		return new GraphReader(backend, limits.queryTimeout());
	}

	@Bean
	GraphWriter graphWriter(GraphBackend backend, QueryLimits limits) {
		return new GraphWriter(backend, limits.queryTimeout());
	}

}
