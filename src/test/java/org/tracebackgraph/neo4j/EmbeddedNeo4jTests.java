package org.tracebackgraph.neo4j;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tracebackgraph.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default run: no NEO4J_URI, so the app starts its own Neo4j with Browser, applies
 * the schema and loads the demo letter.
 */
@SpringBootTest(
		properties = { "spring.neo4j.uri=", "traceback.embedded.bolt-port=0", "traceback.embedded.http-port=0" })
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class EmbeddedNeo4jTests {

	@TempDir
	static Path store;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("traceback.embedded.store-directory", () -> store.toString());
		TestAccounts.register(registry);
	}

	@Autowired
	private DatabaseManagementService embedded;

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theEmbeddedDatabaseServesNeo4jBrowserOnLoopback() throws Exception {
		var http = EmbeddedNeo4jConfiguration.portRegister(this.embedded).getLocalAddress(ConnectorType.HTTP);
		assertThat(http.getHost()).isEqualTo("127.0.0.1");

		HttpResponse<String> browser = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.getPort() + "/browser/")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(browser.statusCode()).isEqualTo(200);
		assertThat(browser.body()).contains("<title>Neo4j Browser</title>");
	}

	@Test
	void theDemoLetterIsLoadedOnAnEmptyDatabase() {
		assertThat(this.mvc.get().uri("/api/calls/FTC-2023-11-27-BANDWIDTH-R001/route")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.unplacedHops[0].provider.name")
			.isEqualTo("Bandwidth Inc.");
	}

	@Test
	void onlyHealthAndInfoAreExposedOfTheActuator() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
		assertThat(this.mvc.get().uri("/actuator/info")).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/env")).hasStatus(404);
		assertThat(this.mvc.get().uri("/actuator/beans")).hasStatus(404);
	}

	@Test
	void theOpenApiDocumentDescribesEveryEndpoint() {
		assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths")
			.asMap()
			.containsKeys("/api/tracebacks", "/api/tracebacks/{tracebackId}", "/api/calls/{callId}/route",
					"/api/imports/tracebacks", "/api/imports/letters");
	}

}
