package org.tracebackgraph.ui;

import java.net.URI;

import org.tracebackgraph.neo4j.EmbeddedNeo4jAccess;

/**
 * Where "open in Neo4j Browser" links point: the configured Browser, or the embedded
 * database's own (with its connect form filled in). The result ends so that
 * {@code cmd=edit&arg=QUERY} can be appended: Browser opens with the query in its editor.
 */
final class Neo4jBrowserLink {

	private Neo4jBrowserLink() {
	}

	static String base(URI configured, EmbeddedNeo4jAccess embedded) {
		String url;
		if (configured != null && !configured.toString().isBlank()) {
			url = configured.toString();
		}
		else if (embedded != null && embedded.browserUrl() != null) {
			url = embedded.browserUrl().toString();
		}
		else {
			return null;
		}
		if (!url.contains("?")) {
			return url + "?";
		}
		return url.endsWith("?") || url.endsWith("&") ? url : url + "&";
	}

}
