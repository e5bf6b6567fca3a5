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
 * @param password the password of the {@code neo4j} user, from the environment
 * ({@code TRACEBACK_EMBEDDED_PASSWORD}); required, and auth switched on, when
 * {@code listenAddress} is not a loopback address
 */
@ConfigurationProperties("traceback.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("neo4j-data") Path storeDirectory,
		@DefaultValue("127.0.0.1") String listenAddress, @DefaultValue("7687") int boltPort,
		@DefaultValue("true") boolean httpEnabled, @DefaultValue("7474") int httpPort, String password) {

	/** Minimum length of the password when the database is reachable from other hosts. */
	static final int MIN_PASSWORD_LENGTH = 12;

	/** Whether only this machine can reach the database (then it runs without auth). */
	boolean loopbackOnly() {
		try {
			return java.net.InetAddress.getByName(this.listenAddress).isLoopbackAddress();
		}
		catch (java.net.UnknownHostException ex) {
			throw new IllegalStateException("traceback.embedded.listen-address is not a known address", ex);
		}
	}

	/**
	 * Auth is on whenever other hosts can connect; then a strong password must be set.
	 */
	boolean authEnabled() {
		if (loopbackOnly()) {
			return false;
		}
		if (this.password == null || this.password.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalStateException("The embedded Neo4j is set to listen on " + this.listenAddress
					+ ", beyond this machine: set TRACEBACK_EMBEDDED_PASSWORD (at least " + MIN_PASSWORD_LENGTH
					+ " characters) so that Neo4j runs with authentication");
		}
		return true;
	}

}
