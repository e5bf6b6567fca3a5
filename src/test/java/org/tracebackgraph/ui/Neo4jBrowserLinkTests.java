package org.tracebackgraph.ui;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.neo4j.EmbeddedNeo4jAccess;

import static org.assertj.core.api.Assertions.assertThat;

class Neo4jBrowserLinkTests {

	private static final EmbeddedNeo4jAccess EMBEDDED = new EmbeddedNeo4jAccess(URI.create("bolt://127.0.0.1:7687"),
			URI.create("http://localhost:7474/browser/?dbms=bolt://neo4j@localhost:7687"), "neo4j", "secret", true);

	@Test
	void theEmbeddedBrowserIsTheDefaultWithItsConnectFormFilledIn() {
		assertThat(Neo4jBrowserLink.base(null, EMBEDDED))
			.isEqualTo("http://localhost:7474/browser/?dbms=bolt://neo4j@localhost:7687&");
	}

	@Test
	void aConfiguredBrowserWins() {
		assertThat(Neo4jBrowserLink.base(URI.create("https://browser.example/browser/"), EMBEDDED))
			.isEqualTo("https://browser.example/browser/?");
	}

	@Test
	void withoutEitherThereIsNoLink() {
		assertThat(Neo4jBrowserLink.base(null, null)).isNull();
		assertThat(Neo4jBrowserLink.guide(null, null, "http://localhost:8080/guides/investigation.html")).isNull();
	}

	@Test
	void theEmbeddedBrowserOpensTheGuideByItselfAndAConfiguredOneIsAskedTo() {
		String guide = "http://localhost:8080/guides/investigation.html";
		assertThat(Neo4jBrowserLink.guide(null, EMBEDDED, guide)).isEqualTo(EMBEDDED.browserUrl().toString());
		String configured = Neo4jBrowserLink.guide(URI.create("http://localhost:7474/browser/"), EMBEDDED, guide);
		assertThat(configured).startsWith("http://localhost:7474/browser/?cmd=guide&arg=");
		assertThat(URLDecoder.decode(configured.substring(configured.indexOf("arg=") + 4), StandardCharsets.UTF_8))
			.isEqualTo(guide);
	}

}
