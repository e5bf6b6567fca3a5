package org.tracebackgraph.neo4j;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.tracebackgraph.neo4j.EmbeddedNeo4jConfiguration.EmbeddedNeo4jPassword;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The embedded Neo4j always asks for a password, and its HTTP connector answers no other
 * web origin: a page in the investigator's browser or another process on the machine
 * cannot reach the data past the app's accounts.
 */
class EmbeddedNeo4jAuthTests {

	private static final String EVIL = "https://evil.example";

	private static final String QUERY = "{\"statement\":\"RETURN 1 AS x\"}";

	@TempDir
	static Path store;

	private static DatabaseManagementService service;

	private static EmbeddedNeo4jAccess access;

	private static int httpPort;

	private static final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startWithAGeneratedPassword() {
		EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties(store, "127.0.0.1", 0, true, 0, null);
		EmbeddedNeo4jConfiguration configuration = new EmbeddedNeo4jConfiguration();
		EmbeddedNeo4jPassword password = configuration.embeddedNeo4jPassword(properties);
		service = configuration.embeddedNeo4j(properties, password);
		access = configuration.embeddedNeo4jAccess(service, properties, password);
		httpPort = EmbeddedNeo4jConfiguration.portRegister(service).getLocalAddress(ConnectorType.HTTP).getPort();
	}

	@AfterAll
	static void stop() {
		service.shutdown();
	}

	@Test
	void onLoopbackWithoutAConfiguredPasswordARandomOneIsMade() {
		assertThat(access.generated()).isTrue();
		assertThat(access.password()).hasSizeGreaterThanOrEqualTo(20);
		assertThat(access.toString()).doesNotContain(access.password());
		assertThat(access.browserUrl().toString()).isEqualTo(
				"http://localhost:" + httpPort + "/browser/?dbms=bolt://neo4j@localhost:" + access.boltUri().getPort());
	}

	@Test
	void boltRefusesAClientWithoutThePassword() {
		try (Driver anonymous = GraphDatabase.driver(access.boltUri(), AuthTokens.none())) {
			assertThatExceptionOfType(AuthenticationException.class)
				.isThrownBy(() -> anonymous.executableQuery("RETURN 1").execute());
		}
		try (Driver guessing = GraphDatabase.driver(access.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
			assertThatExceptionOfType(AuthenticationException.class)
				.isThrownBy(() -> guessing.executableQuery("RETURN 1").execute());
		}
	}

	@Test
	void aStoreRestartsWithTheSamePasswordFromTheEnvironment(@TempDir Path own) {
		EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties(own, "127.0.0.1", 0, false, 0,
				"the-same-password-every-start");
		EmbeddedNeo4jConfiguration configuration = new EmbeddedNeo4jConfiguration();
		for (int start = 1; start <= 2; start++) {
			EmbeddedNeo4jPassword password = configuration.embeddedNeo4jPassword(properties);
			DatabaseManagementService restarted = configuration.embeddedNeo4j(properties, password);
			try (Driver client = GraphDatabase.driver(
					configuration.embeddedNeo4jAccess(restarted, properties, password).boltUri(),
					AuthTokens.basic("neo4j", "the-same-password-every-start"))) {
				assertThat(client.executableQuery("RETURN 1 AS one").execute().records().getFirst().get("one").asInt())
					.as("start %d", start)
					.isEqualTo(1);
			}
			finally {
				restarted.shutdown();
			}
		}
	}

	@Test
	void boltServesAClientWithThePassword() {
		try (Driver admin = GraphDatabase.driver(access.boltUri(),
				AuthTokens.basic(access.username(), access.password()))) {
			assertThat(admin.executableQuery("RETURN 1 AS one").execute().records().getFirst().get("one").asInt())
				.isEqualTo(1);
		}
	}

	@Test
	void theQueryApiRefusesARequestWithoutThePassword() throws Exception {
		HttpResponse<String> response = send(query().header("Origin", EVIL).build());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).doesNotContain("\"x\"");
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).doesNotContain(EVIL, "*");
	}

	@Test
	void aPreflightFromAnotherOriginIsNotAllowedThatOrigin() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(queryUri())
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", EVIL)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "authorization,content-type")
			.build());
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).doesNotContain(EVIL, "*")
			.containsOnly(EmbeddedNeo4jConfiguration
				.ownOrigin(new EmbeddedNeo4jProperties(store, "127.0.0.1", 0, true, 0, null)));
	}

	@Test
	void anAdministratorWithThePasswordUsesTheQueryApiAndBrowser() throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((access.username() + ":" + access.password()).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = send(query().header("Authorization", "Basic " + basic).build());
		assertThat(response.statusCode()).isBetween(200, 202);
		assertThat(response.body()).contains("\"x\"");

		HttpResponse<String> browser = send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/browser/")).build());
		assertThat(browser.statusCode()).isEqualTo(200);
		assertThat(browser.body()).contains("<title>Neo4j Browser</title>");
	}

	@Test
	void beyondLoopbackItRefusesToStartWithoutAConfiguredPassword() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new EmbeddedNeo4jProperties(store, "0.0.0.0", 0, false, 0, null).configuredPassword())
			.withMessageContaining("TRACEBACK_EMBEDDED_PASSWORD");
	}

	@Test
	void aConfiguredPasswordMustBeLongAndIsNeverRepeated() {
		assertThatIllegalStateException()
			.isThrownBy(
					() -> new EmbeddedNeo4jProperties(store, "127.0.0.1", 0, false, 0, "short").configuredPassword())
			.withMessageContaining("TRACEBACK_EMBEDDED_PASSWORD")
			.withMessageNotContaining("short");
		assertThat(
				new EmbeddedNeo4jProperties(store, "0.0.0.0", 0, false, 0, "a-long-enough-secret").configuredPassword())
			.contains("a-long-enough-secret");
	}

	private static URI queryUri() {
		return URI.create("http://127.0.0.1:" + httpPort + "/db/neo4j/query/v2");
	}

	private static HttpRequest.Builder query() {
		return HttpRequest.newBuilder(queryUri())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(QUERY));
	}

	private static HttpResponse<String> send(HttpRequest request) throws Exception {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
