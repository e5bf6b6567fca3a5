package org.tracebackgraph.web;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.TestAccounts;
import org.tracebackgraph.TestNeo4j;
import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphReader;
import org.tracebackgraph.neo4j.GraphWriter;
import org.tracebackgraph.neo4j.Parameters;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One heavy query cannot hang the server: Neo4j ends it at the configured timeout and the
 * client gets a 503 problem detail. The heavy queries sit behind a test-only endpoint.
 */
@SpringBootTest(properties = { "traceback.limits.query-timeout=1s", "traceback.demo.enabled=false" })
@AutoConfigureMockMvc
@Import({ TestAccounts.class, QueryTimeoutTests.HeavyQueries.class })
class QueryTimeoutTests {

	/** Counts to a billion: many seconds of work, whatever the graph holds. */
	static final String HEAVY = "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 3 = 5 RETURN count(x) AS n";

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
		TestAccounts.register(registry);
	}

	@Autowired
	private MockMvcTester mvc;

	@Test
	void aHeavyReadEndsAtTheTimeoutWithA503Problem() {
		MvcTestResult result = this.mvc.get().uri("/test/heavy-read").exchange();
		assertThat(result).hasStatus(503).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Query timed out");
	}

	@Test
	void aHeavyWriteEndsAtTheTimeoutWithA503Problem() {
		MvcTestResult result = this.mvc.post().uri("/test/heavy-write").exchange();
		assertThat(result).hasStatus(503).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Query timed out");
	}

	@TestConfiguration(proxyBeanMethods = false)
	@Import(HeavyController.class)
	static class HeavyQueries {

	}

	@RestController
	static class HeavyController {

		private static final CypherQuery READ = new CypherQuery("test/heavy-read", HEAVY, Optional.empty());

		private static final CypherQuery WRITE = new CypherQuery("test/heavy-write",
				"CREATE (:Heavy) WITH 1 AS one " + HEAVY, Optional.empty());

		private final GraphReader reader;

		private final GraphWriter writer;

		HeavyController(GraphReader reader, GraphWriter writer) {
			this.reader = reader;
			this.writer = writer;
		}

		@GetMapping("/test/heavy-read")
		Map<String, Object> read() {
			return Map.of("n", this.reader.one(READ, Parameters.none(), (row) -> row.longValue("n")).orElseThrow());
		}

		@PostMapping("/test/heavy-write")
		Map<String, Object> write() {
			return Map.of("n", this.writer.write((tx) -> tx.one(WRITE, Parameters.none(), (row) -> row.longValue("n")))
				.orElseThrow());
		}

	}

}
