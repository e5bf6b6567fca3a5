package org.tracebackgraph.neo4j;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Starts an embedded Neo4j and points the app's own driver at its Bolt port, so the app
 * talks to the embedded and an external database the same way. The database always runs
 * with authentication, and its HTTP connector answers no other web origin than its own:
 * otherwise any web page in the investigator's browser could read and change the graph.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration implements EnvironmentAware {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	static final String USERNAME = "neo4j";

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Bean
	EmbeddedNeo4jPassword embeddedNeo4jPassword(EmbeddedNeo4jProperties properties) {
		return properties.configuredPassword()
			.map(password -> new EmbeddedNeo4jPassword(password, false))
			.orElseGet(() -> new EmbeddedNeo4jPassword(randomPassword(), true));
	}

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties, EmbeddedNeo4jPassword password) {
		long started = System.nanoTime();
		DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(
				properties.storeDirectory().toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address,
					new SocketAddress(properties.listenAddress(), properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, properties.httpEnabled())
			.setConfig(HttpConnector.listen_address,
					new SocketAddress(properties.listenAddress(), properties.httpPort()))
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			// Neo4j sends this value as Access-Control-Allow-Origin to every caller; its
			// own Browser is same-origin and needs none, so no other origin is named.
			.setConfig(ServerSettings.http_access_control_allow_origin, ownOrigin(properties))
			// Netty's default quiet period makes every shutdown take ~10 s.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO);
		String appUrl = (this.environment != null) ? appUrl(this.environment) : null;
		if (appUrl != null) {
			// After login, Browser applies the app's style and opens its investigation
			// guide (both served by the app; Browser fetches guides from localhost).
			builder.setConfig(ServerSettings.browser_post_connect_cmd,
					"style " + appUrl + "/guides/traceback.grass; guide " + appUrl + "/guides/investigation.html");
		}
		DatabaseManagementService service = builder.build();
		try {
			// Set at every start: a store made by an older version (or with another
			// password) takes this one, so the app's own driver can always log in.
			service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER " + USERNAME + " SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", password.value()));
		}
		catch (QueryExecutionException ex) {
			// A restart with the same configured password: Neo4j refuses to "change" a
			// password to itself, and the store already has the one we want.
			if (!isSamePassword(ex)) {
				service.shutdown();
				throw ex;
			}
		}
		catch (RuntimeException ex) {
			service.shutdown();
			throw ex;
		}
		ConnectorPortRegister ports = portRegister(service);
		log.info("Embedded Neo4j started in {} ms: store {}, Bolt {}, Browser {} (authentication on)",
				Duration.ofNanos(System.nanoTime() - started).toMillis(), properties.storeDirectory(),
				ports.getLocalAddress(ConnectorType.BOLT),
				properties.httpEnabled() ? "http://" + ports.getLocalAddress(ConnectorType.HTTP) + "/browser/" : "off");
		return service;
	}

	/** The offline importer into this store, for a first load before it starts. */
	@Bean
	EmbeddedStoreImport embeddedStoreImport(EmbeddedNeo4jProperties properties) {
		return new EmbeddedStoreImport(properties);
	}

	/**
	 * The database the app's transactions run on, in-process (see
	 * {@link GraphConfiguration}).
	 */
	@Bean
	GraphDatabaseService embeddedGraph(DatabaseManagementService embeddedNeo4j) {
		return embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	@Bean
	EmbeddedNeo4jAccess embeddedNeo4jAccess(DatabaseManagementService embeddedNeo4j, EmbeddedNeo4jProperties properties,
			EmbeddedNeo4jPassword password) {
		ConnectorPortRegister ports = portRegister(embeddedNeo4j);
		var bolt = ports.getLocalAddress(ConnectorType.BOLT);
		String boltHost = reachableHost(bolt.getHost());
		URI boltUri = URI.create("bolt://" + boltHost + ":" + bolt.getPort());
		URI browser = null;
		if (properties.httpEnabled()) {
			var http = ports.getLocalAddress(ConnectorType.HTTP);
			String host = displayHost(http.getHost());
			// Browser reads the connect form's URL and user from ?dbms=.
			browser = URI.create("http://" + host + ":" + http.getPort() + "/browser/?dbms=bolt://" + USERNAME + "@"
					+ displayHost(bolt.getHost()) + ":" + bolt.getPort());
		}
		return new EmbeddedNeo4jAccess(boltUri, browser, USERNAME, password.value(), password.generated());
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jAccess access) {
		return new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return access.boltUri();
			}

			@Override
			public org.neo4j.driver.AuthToken getAuthToken() {
				return AuthTokens.basic(access.username(), access.password());
			}

		};
	}

	static ConnectorPortRegister portRegister(DatabaseManagementService service) {
		GraphDatabaseAPI system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		return system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
	}

	/**
	 * Where a browser on this machine reaches the app, or {@code null} when it has no
	 * fixed port (tests) or serves no web.
	 */
	static String appUrl(Environment environment) {
		Integer port = environment.getProperty("server.port", Integer.class, 8080);
		if (port <= 0 || "none".equalsIgnoreCase(environment.getProperty("spring.main.web-application-type"))) {
			return null;
		}
		return "http://localhost:" + port;
	}

	/** The origin Neo4j Browser is served from, the only one Neo4j's HTTP API names. */
	static String ownOrigin(EmbeddedNeo4jProperties properties) {
		String host = displayHost(properties.listenAddress());
		return (properties.httpPort() > 0) ? "http://" + host + ":" + properties.httpPort() : "http://" + host;
	}

	private static boolean isSamePassword(QueryExecutionException ex) {
		return ex.getMessage() != null && ex.getMessage().contains("Old password and new password cannot be the same");
	}

	private static String randomPassword() {
		byte[] random = new byte[18];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	/** The app reaches a database listening on every interface through loopback. */
	private static String reachableHost(String host) {
		if (isAnyLocal(host)) {
			return "127.0.0.1";
		}
		return host.contains(":") ? "[" + host + "]" : host;
	}

	/** The name a person types: {@code localhost} for loopback and every interface. */
	private static String displayHost(String host) {
		try {
			InetAddress address = InetAddress.getByName(host);
			if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
				return "localhost";
			}
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("Embedded Neo4j listens on an unknown host", ex);
		}
		return host.contains(":") ? "[" + host + "]" : host;
	}

	private static boolean isAnyLocal(String host) {
		try {
			return InetAddress.getByName(host).isAnyLocalAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("Embedded Neo4j listens on an unknown host", ex);
		}
	}

	/**
	 * The {@code neo4j} user's password for this run.
	 *
	 * @param value the password
	 * @param generated whether it was made at this start
	 */
	record EmbeddedNeo4jPassword(String value, boolean generated) {

		@Override
		public String toString() {
			return "EmbeddedNeo4jPassword[generated=" + this.generated + "]";
		}

	}

}
