package org.tracebackgraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Value;
import org.tracebackgraph.GraphTest;
import org.tracebackgraph.TestNeo4j;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every query file as an investigator would in Neo4j Browser: its {@code :param}
 * block first, then the query, on the investigation test graph. No file can rot
 * unnoticed.
 */
class CypherFilesTests extends GraphTest {

	static Stream<String> queryFiles() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/**/*.cypher");
		return Arrays.stream(files).map(file -> {
			try {
				String path = file.getURL().getPath();
				return path.substring(path.lastIndexOf("/cypher/") + "/cypher/".length(), path.length() - 7);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).filter(name -> !name.startsWith("schema/")).sorted();
	}

	@ParameterizedTest(name = "cypher/{0}.cypher runs with its :param block")
	@MethodSource("queryFiles")
	void everyQueryFileRunsWithItsOwnParameters(String name) {
		loadInvestigationGraph();
		CypherQuery query = CypherQuery.load(name);
		Map<String, Object> parameters = query.exampleParameters()
			.map(block -> this.driver.executableQuery("RETURN " + block + " AS parameters")
				.execute()
				.records()
				.getFirst()
				.get("parameters")
				.asMap(Value::asObject))
			.orElse(Map.of());
		assertThat(query.text()).doesNotContain(":param");
		for (String parameter : parameters.keySet()) {
			assertThat(query.text()).as("the query uses $" + parameter).contains("$" + parameter);
		}

		var result = this.driver.executableQuery(query.text()).withParameters(parameters).execute();

		assertThat(result.keys()).as("every column is named").allMatch(key -> key.matches("[a-zA-Z][a-zA-Z0-9]*"));
	}

	static Stream<String> readQueryFiles() throws IOException {
		return queryFiles().filter(name -> name.startsWith("queries/") || name.startsWith("route/"))
			.filter(name -> !WRITES.contains(name));
	}

	/** Read-side files that write (a report, a lock). */
	private static final Set<String> WRITES = Set.of("queries/risk/create-risk-report",
			"queries/risk/write-risk-scores", "queries/risk/complete-risk-report", "queries/risk/fail-risk-report");

	/**
	 * The embedded run reads in-process, an external server through the driver: both must
	 * give the same rows, value for value, for every read query.
	 */
	@ParameterizedTest(name = "cypher/{0}.cypher gives the same rows in-process and over Bolt")
	@MethodSource("readQueryFiles")
	void everyReadQueryGivesTheSameRowsInProcessAndThroughTheDriver(String name) {
		loadInvestigationGraph();
		CypherQuery query = CypherQuery.load(name);
		Parameters parameters = Parameters.none();
		query.exampleParameters()
			.map(block -> this.driver.executableQuery("RETURN " + block + " AS parameters")
				.execute()
				.records()
				.getFirst()
				.get("parameters")
				.asMap(Value::asObject))
			.orElse(Map.of())
			.forEach(parameters::and);
		var inProcess = new EmbeddedBackend(TestNeo4j.database(), Duration.ofSeconds(5))
			.read(tx -> tx.list(query, parameters, Row::values), Duration.ofSeconds(30));
		var overBolt = new DriverBackend(this.driver, null).read(tx -> tx.list(query, parameters, Row::values),
				Duration.ofSeconds(30));

		assertThat(inProcess).isEqualTo(overBolt);
	}

	@ParameterizedTest(name = "cypher/{0}.cypher has a header comment")
	@MethodSource("queryFiles")
	void everyQueryFileStartsWithAHeaderSayingWhatItAnswers(String name) {
		assertThat(CypherQuery.load(name).text()).startsWith("//");
	}

}
