package org.tracebackgraph;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Base of the tests that run the whole app against a real Neo4j (the shared harness),
 * starting each test from an empty graph. All of them share one application context, and
 * the app listens on a real port (for what only a servlet container does, such as
 * decoding query strings); most tests go through {@link #mvc}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ TestAccounts.class, InProcessGraph.class })
public abstract class GraphTest {

	@Autowired
	protected MockMvcTester mvc;

	@Autowired
	protected Driver driver;

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
		TestAccounts.register(registry);
	}

	@BeforeEach
	protected void emptyGraph() {
		this.driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
	}

	/**
	 * Builds the investigation test graph through the public API: 20 tracebacks with
	 * known routes ({@code fixtures/investigation-tracebacks.json}) and a letter to
	 * robo-origin dated 2024-03-15 whose chart lists two calls.
	 */
	protected void loadInvestigationGraph() {
		Assertions.assertThat(postJson("/api/tracebacks", Examples.fixture("investigation-tracebacks.json")))
			.hasStatusOk();
		Assertions
			.assertThat(this.mvc.post()
				.uri("/api/imports/letters")
				.multipart()
				.file(new MockMultipartFile("letter", "letter.json", "application/json",
						Examples.fixture("fx-letter-robo-letter.json").getBytes(StandardCharsets.UTF_8)))
				.file(new MockMultipartFile("chart", "chart.csv", "text/csv",
						Examples.fixture("fx-letter-robo-attachment-a.csv").getBytes(StandardCharsets.UTF_8)))
				.exchange())
			.hasStatusOk();
	}

	/** Writes a small graph built for the test through the app's own ingest. */
	protected void load(TestTracebacks.Traceback... tracebacks) {
		Assertions.assertThat(postJson("/api/tracebacks", TestTracebacks.json(tracebacks))).hasStatusOk();
	}

	protected MvcTestResult postJson(String path, String json) {
		return this.mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	protected MvcTestResult postCsv(String path, byte[] csv) {
		return this.mvc.post().uri(path).contentType("text/csv").content(csv).exchange();
	}

	/**
	 * What the graph holds, to prove that a request changed nothing (or something): the
	 * model's nodes, not the counters kept beside it (DayCountersTests checks those).
	 *
	 * @param nodes all nodes
	 * @param relationships all relationships
	 * @param routes ROUTES_TO relationships
	 * @param routedCalls the calls counted on all ROUTES_TO relationships
	 */
	public record GraphCounts(long nodes, long relationships, long routes, long routedCalls) {

	}

	protected GraphCounts counts() {
		var row = this.driver
			.executableQuery(
					"""
							RETURN COUNT { MATCH (n) WHERE NOT (n:ProviderMonth OR n:ProviderCampaignMonth OR n:ProviderCampaignUndated
							                                   OR n:Counters) } AS nodes,
							       COUNT { MATCH ()-[r]->() } AS relationships,
							       COUNT { MATCH ()-[r:ROUTES_TO]->() } AS routes,
							       coalesce(COLLECT { MATCH ()-[r:ROUTES_TO]->() RETURN sum(r.calls) }[0], 0) AS routedCalls
							""")
			.execute()
			.records()
			.getFirst();
		return new GraphCounts(row.get("nodes").asLong(), row.get("relationships").asLong(), row.get("routes").asLong(),
				row.get("routedCalls").asLong());
	}

	protected List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
		return this.driver.executableQuery(cypher)
			.withParameters(parameters)
			.execute()
			.records()
			.stream()
			.map(Record::asMap)
			.toList();
	}

}
