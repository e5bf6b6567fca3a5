package org.tracebackgraph.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.tracebackgraph.Examples;
import org.tracebackgraph.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under a running app and comes back: the app answers 503 with
 * Retry-After meanwhile, stays up, and serves again without a restart.
 */
@SpringBootTest(properties = { "traceback.demo.enabled=false", "spring.neo4j.max-transaction-retry-time=2s",
		"spring.neo4j.connection-timeout=2s" })
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class DatabaseOutageTests {

	@TempDir
	static Path store;

	private static int port;

	private static DatabaseManagementService database;

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		startDatabase();
		registry.add("spring.neo4j.uri", () -> "bolt://127.0.0.1:" + port);
		TestAccounts.register(registry);
	}

	private static void startDatabase() {
		database = new DatabaseManagementServiceBuilder(store).setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.build();
	}

	@AfterAll
	static void stopDatabase() {
		database.shutdown();
	}

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theAppAnswers503WhileTheDatabaseIsDownAndRecoversByItself() throws InterruptedException {
		assertThat(this.mvc.post()
			.uri("/api/tracebacks")
			.contentType(MediaType.APPLICATION_JSON)
			.content(Examples.text("examples/tracebacks.json"))).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/tracebacks/EX-T-1")).hasStatusOk();

		database.shutdown();

		MvcTestResult read = this.mvc.get().uri("/api/tracebacks/EX-T-1").exchange();
		assertThat(read).hasStatus(503)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader(HttpHeaders.RETRY_AFTER, "5");
		assertThat(read).bodyJson().extractingPath("$.title").isEqualTo("Database unavailable");
		MvcTestResult write = this.mvc.post()
			.uri("/api/tracebacks")
			.contentType(MediaType.APPLICATION_JSON)
			.content(Examples.text("examples/tracebacks.json"))
			.exchange();
		assertThat(write).hasStatus(503).hasHeader(HttpHeaders.RETRY_AFTER, "5");
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatus(503);

		startDatabase();

		assertThat(firstStatusWithin(Duration.ofSeconds(30), "/api/tracebacks/EX-T-1")).isEqualTo(200);
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk();
	}

	/** Asks until the answer is no longer 503: the driver reconnects on its own. */
	private int firstStatusWithin(Duration limit, String path) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		int status;
		do {
			status = this.mvc.get().uri(path).exchange().getResponse().getStatus();
			if (status != 503) {
				return status;
			}
			Thread.sleep(250);
		}
		while (System.nanoTime() < deadline);
		return status;
	}

}
