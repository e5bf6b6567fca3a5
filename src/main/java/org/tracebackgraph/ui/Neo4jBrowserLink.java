package org.tracebackgraph.ui;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.tracebackgraph.neo4j.EmbeddedNeo4jAccess;

/**
 * Where "open in Neo4j Browser" links point: the configured Browser, or the embedded
 * database's own (with its connect form filled in). The result ends so that
 * {@code cmd=edit&arg=QUERY} can be appended: Browser opens with the query in its editor.
 */
final class Neo4jBrowserLink {

	private Neo4jBrowserLink() {
	}

	/**
	 * The link that opens the investigation guide. The embedded Browser opens it (and
	 * applies the app's style) by itself after login; a {@code ?cmd=guide} would skip the
	 * style there, so only a configured Browser gets one.
	 */
	static String guide(URI configured, EmbeddedNeo4jAccess embedded, String guideUrl) {
		String base = base(configured, embedded);
		if (base == null) {
			return null;
		}
		if (configured == null && embedded != null) {
			return embedded.browserUrl().toString();
		}
		return base + "cmd=guide&arg=" + URLEncoder.encode(guideUrl, StandardCharsets.UTF_8);
	}

	static String base(URI configured, EmbeddedNeo4jAccess embedded) {
		String url;
		if (configured != null) {
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
