package org.tracebackgraph;

import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Gives the app the test harness's database in-process, so that the suite runs the app's
 * queries the way its default embedded run does; {@link DriverPathTests} runs them
 * through the driver, as with an external server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class InProcessGraph {

	@Bean
	GraphDatabaseService harnessDatabase() {
		return TestNeo4j.database();
	}

}
