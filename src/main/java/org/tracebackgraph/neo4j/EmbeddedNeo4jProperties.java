package org.tracebackgraph.neo4j;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded Neo4j that starts when no {@code NEO4J_URI} is given.
 *
 * @param storeDirectory where the database files live; kept between runs
 * @param listenAddress the interface Bolt and HTTP listen on; loopback unless you know
 * why not
 * @param boltPort Bolt port; 0 picks a free one (tests)
 * @param httpEnabled whether to serve the HTTP API and Neo4j Browser
 * @param httpPort HTTP port of Neo4j Browser; 0 picks a free one
 */
@ConfigurationProperties("traceback.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("neo4j-data") Path storeDirectory,
		@DefaultValue("127.0.0.1") String listenAddress, @DefaultValue("7687") int boltPort,
		@DefaultValue("true") boolean httpEnabled, @DefaultValue("7474") int httpPort) {

}
