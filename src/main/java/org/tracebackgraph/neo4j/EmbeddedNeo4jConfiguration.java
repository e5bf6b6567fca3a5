package org.tracebackgraph.neo4j;

import java.net.URI;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded Neo4j and points the app's own driver at its Bolt port, so the app
 * talks to the embedded and an external database the same way.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		long started = System.nanoTime();
		boolean auth = properties.authEnabled();
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(
				properties.storeDirectory().toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address,
					new SocketAddress(properties.listenAddress(), properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, properties.httpEnabled())
			.setConfig(HttpConnector.listen_address,
					new SocketAddress(properties.listenAddress(), properties.httpPort()))
			// Only this machine can connect on loopback; anywhere else, auth is on.
			.setConfig(GraphDatabaseSettings.auth_enabled, auth)
			// Netty's default quiet period makes every shutdown take ~10 s.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
			.build();
		if (auth) {
			service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
						java.util.Map.of("password", properties.password()));
		}
		ConnectorPortRegister ports = portRegister(service);
		log.info("Embedded Neo4j started in {} ms: store {}, Bolt {}, Browser {}",
				Duration.ofNanos(System.nanoTime() - started).toMillis(), properties.storeDirectory(),
				ports.getLocalAddress(ConnectorType.BOLT),
				properties.httpEnabled() ? "http://" + ports.getLocalAddress(ConnectorType.HTTP) + "/browser/" : "off");
		return service;
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(DatabaseManagementService embeddedNeo4j,
			EmbeddedNeo4jProperties properties) {
		AuthToken token = properties.loopbackOnly() ? AuthTokens.none()
				: AuthTokens.basic("neo4j", properties.password());
		var bolt = portRegister(embeddedNeo4j).getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://" + reachableHost(bolt.getHost()) + ":" + bolt.getPort());
		return new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public AuthToken getAuthToken() {
				return token;
			}

		};
	}

	static ConnectorPortRegister portRegister(DatabaseManagementService service) {
		GraphDatabaseAPI system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		return system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
	}

	/** The app reaches a database listening on every interface through loopback. */
	private static String reachableHost(String host) {
		try {
			if (java.net.InetAddress.getByName(host).isAnyLocalAddress()) {
				return "127.0.0.1";
			}
		}
		catch (java.net.UnknownHostException ex) {
			throw new IllegalStateException("Embedded Neo4j listens on an unknown host", ex);
		}
		return host.contains(":") ? "[" + host + "]" : host;
	}

}
