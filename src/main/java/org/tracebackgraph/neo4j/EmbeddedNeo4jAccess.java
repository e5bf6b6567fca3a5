package org.tracebackgraph.neo4j;

import java.net.URI;

/**
 * How an administrator reaches the embedded Neo4j directly (Neo4j Browser, Bolt, the
 * Query API), past the app's accounts and audit trail. The dev run prints it once on the
 * console; nothing writes it to a log or a file.
 *
 * @param boltUri where Bolt listens, e.g. {@code bolt://localhost:7687}
 * @param browserUrl Neo4j Browser with the connect form pre-filled, or {@code null} when
 * the HTTP connector is off
 * @param username always {@code neo4j}
 * @param password the password, configured or made at this start
 * @param generated whether the password was made at this start (and so is known only to
 * this process and whoever reads its console)
 */
public record EmbeddedNeo4jAccess(URI boltUri, URI browserUrl, String username, String password, boolean generated) {

	@Override
	public String toString() {
		return "EmbeddedNeo4jAccess[boltUri=" + this.boltUri + ", browserUrl=" + this.browserUrl + ", username="
				+ this.username + ", generated=" + this.generated + "]";
	}

}
