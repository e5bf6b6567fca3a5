package org.tracebackgraph;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One real, in-process Neo4j (neo4j-harness) for the whole test run, started on first
 * use. The app reaches it over Bolt, exactly as it reaches an external server.
 */
public final class TestNeo4j {

	private TestNeo4j() {
	}

	private static final class Holder {

		private static final Neo4j NEO4J = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();

		static {
			Runtime.getRuntime().addShutdownHook(new Thread(NEO4J::close));
		}

	}

	public static String boltUri() {
		return Holder.NEO4J.boltURI().toString();
	}

	/** The same database in-process, as the app's embedded run reaches its own. */
	public static GraphDatabaseService database() {
		return Holder.NEO4J.defaultDatabaseService();
	}

}
