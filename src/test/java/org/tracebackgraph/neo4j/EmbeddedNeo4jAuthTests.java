package org.tracebackgraph.neo4j;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The embedded Neo4j runs without auth only where nobody else can reach it.
 */
class EmbeddedNeo4jAuthTests {

	@TempDir
	Path store;

	private EmbeddedNeo4jProperties listeningOn(String address, String password) {
		return new EmbeddedNeo4jProperties(this.store, address, 0, false, 0, password);
	}

	@Test
	void onLoopbackItNeedsNoPassword() {
		assertThat(listeningOn("127.0.0.1", null).authEnabled()).isFalse();
		assertThat(listeningOn("::1", null).authEnabled()).isFalse();
		assertThat(listeningOn("localhost", null).authEnabled()).isFalse();
	}

	@Test
	void beyondLoopbackItRefusesToStartWithoutAStrongPassword() {
		assertThatIllegalStateException().isThrownBy(() -> listeningOn("0.0.0.0", null).authEnabled())
			.withMessageContaining("TRACEBACK_EMBEDDED_PASSWORD");
		assertThatIllegalStateException().isThrownBy(() -> listeningOn("0.0.0.0", "short").authEnabled())
			.withMessageNotContaining("short");
	}

	@Test
	void beyondLoopbackItRunsWithAuthAndTheConfiguredPassword() {
		String password = "a-long-enough-secret";
		EmbeddedNeo4jProperties properties = listeningOn("0.0.0.0", password);
		EmbeddedNeo4jConfiguration configuration = new EmbeddedNeo4jConfiguration();
		var service = configuration.embeddedNeo4j(properties);
		try {
			var details = configuration.embeddedNeo4jConnectionDetails(service, properties);
			String uri = "bolt://127.0.0.1:" + details.getUri().getPort();
			try (Driver anonymous = GraphDatabase.driver(uri, AuthTokens.none())) {
				assertThatExceptionOfType(AuthenticationException.class)
					.isThrownBy(() -> anonymous.executableQuery("RETURN 1").execute());
			}
			try (Driver app = GraphDatabase.driver(uri, details.getAuthToken())) {
				assertThat(app.executableQuery("RETURN 1 AS one").execute().records().getFirst().get("one").asInt())
					.isEqualTo(1);
			}
		}
		finally {
			service.shutdown();
		}
	}

}
