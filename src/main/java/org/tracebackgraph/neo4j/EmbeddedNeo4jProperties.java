package org.tracebackgraph.neo4j;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded Neo4j that starts when no {@code NEO4J_URI} is given. It always runs with
 * authentication: a web page the investigator opens, or any process on the machine, must
 * not reach the data past the app's accounts and audit trail.
 *
 * @param storeDirectory where the database files live; kept between runs
 * @param listenAddress the interface Bolt and HTTP listen on; loopback unless you know
 * why not
 * @param boltPort Bolt port; 0 picks a free one (tests)
 * @param httpEnabled whether to serve Neo4j Browser and Neo4j's HTTP Query API (for
 * administrators, with the {@code neo4j} user's password)
 * @param httpPort HTTP port of Neo4j Browser; 0 picks a free one
 * @param password the password of the {@code neo4j} user, from the environment only
 * ({@code TRACEBACK_EMBEDDED_PASSWORD}); when unset, a random one is made at every start
 * (and printed once on the console in the dev run); required when {@code listenAddress}
 * is not a loopback address
 */
@ConfigurationProperties("traceback.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("neo4j-data") Path storeDirectory,
		@DefaultValue("127.0.0.1") String listenAddress, @DefaultValue("7687") int boltPort,
		@DefaultValue("true") boolean httpEnabled, @DefaultValue("7474") int httpPort, String password) {

	/** Minimum length of a configured password. */
	static final int MIN_PASSWORD_LENGTH = 12;

	/** Whether only this machine can reach the database. */
	boolean loopbackOnly() {
		try {
			return InetAddress.getByName(this.listenAddress).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("traceback.embedded.listen-address is not a known address", ex);
		}
	}

	/**
	 * The configured password, checked; empty when none is configured and the database is
	 * reachable from this machine only, so a random one may be made.
	 * @throws IllegalStateException when the configured password is too short, or none is
	 * configured although other hosts can connect
	 */
	Optional<String> configuredPassword() {
		if (this.password == null || this.password.isBlank()) {
			if (!loopbackOnly()) {
				throw new IllegalStateException("The embedded Neo4j is set to listen on " + this.listenAddress
						+ ", beyond this machine: set TRACEBACK_EMBEDDED_PASSWORD (at least " + MIN_PASSWORD_LENGTH
						+ " characters) so that its administrators can log in");
			}
			return Optional.empty();
		}
		if (this.password.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalStateException(
					"TRACEBACK_EMBEDDED_PASSWORD must have at least " + MIN_PASSWORD_LENGTH + " characters");
		}
		return Optional.of(this.password);
	}

}
