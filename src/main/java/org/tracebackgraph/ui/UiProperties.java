package org.tracebackgraph.ui;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web UI's settings.
 *
 * @param neo4jBrowserUrl the Neo4j Browser that the provider page's "open in Neo4j
 * Browser" links go to, e.g. {@code http://localhost:7474/browser/}; left blank, the
 * embedded database's own Browser when it runs, otherwise no such links
 */
@ConfigurationProperties("traceback.ui")
record UiProperties(URI neo4jBrowserUrl) {

}
