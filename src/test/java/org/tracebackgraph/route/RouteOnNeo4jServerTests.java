package org.tracebackgraph.route;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;
import org.tracebackgraph.Examples;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tracebackgraph.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest-to-route round trip against the Neo4j server image we ship in
 * docker-compose.yml, for production parity. Skipped where Docker is not available.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestAccounts.class)
@Testcontainers(disabledWithoutDocker = true)
class RouteOnNeo4jServerTests {

	@Container
	@ServiceConnection
	static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:2026.08.1-community").withRandomPassword();

	@DynamicPropertySource
	static void accounts(org.springframework.test.context.DynamicPropertyRegistry registry) {
		TestAccounts.register(registry);
	}

	@Autowired
	private MockMvcTester mvc;

	@Test
	void aSixHopTracebackRoundTripsThroughTheServer() {
		assertThat(this.mvc.post()
			.uri("/api/tracebacks")
			.contentType(MediaType.APPLICATION_JSON)
			.content(Examples.text("examples/tracebacks.json"))).hasStatusOk();

		assertThat(this.mvc.get().uri("/api/tracebacks/EX-T-1")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.hops[*].provider.id")
			.asArray()
			.containsExactly("robo-origin", "quick-dial", "least-cost", "wholesale-one", "big-carrier", "acme-voice");
	}

}
