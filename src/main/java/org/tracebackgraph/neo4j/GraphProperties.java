package org.tracebackgraph.neo4j;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the app reaches its graph.
 *
 * @param database the database on an external server; blank for the server's default
 * @param inProcess whether to run transactions in-process when the database runs in this
 * process (the embedded Neo4j); off, everything goes through the driver over Bolt, as
 * with an external server
 */
@ConfigurationProperties("traceback.graph")
public record GraphProperties(String database, @DefaultValue("true") boolean inProcess) {

}
