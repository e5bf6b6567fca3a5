package org.tracebackgraph.neo4j;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Transactions through the Neo4j driver over Bolt, for an external server, a cluster or
 * Aura: reads in read sessions (a cluster's secondaries serve them), writes in write
 * sessions, both as managed transactions that the driver retries on transient errors.
 */
final class DriverBackend implements GraphBackend {

	private final Driver driver;

	private final SessionConfig readSessions;

	private final SessionConfig writeSessions;

	DriverBackend(Driver driver, String database) {
		this.driver = driver;
		this.readSessions = sessions(AccessMode.READ, database);
		this.writeSessions = sessions(AccessMode.WRITE, database);
	}

	private static TransactionConfig config(Duration timeout) {
		return (timeout != null) ? TransactionConfig.builder().withTimeout(timeout).build() : TransactionConfig.empty();
	}

	private static SessionConfig sessions(AccessMode mode, String database) {
		SessionConfig.Builder builder = SessionConfig.builder().withDefaultAccessMode(mode);
		if (database != null && !database.isBlank()) {
			builder.withDatabase(database);
		}
		return builder.build();
	}

	@Override
	public <T> T read(Function<ReadTx, T> work, Duration timeout) {
		try (Session session = this.driver.session(this.readSessions)) {
			return session.executeRead(tx -> work.apply(new Tx(tx)), config(timeout));
		}
		catch (RuntimeException ex) {
			throw translate(ex);
		}
	}

	@Override
	public <T> T write(Function<WriteTx, T> work, Duration timeout) {
		try (Session session = this.driver.session(this.writeSessions)) {
			return session.executeWrite(tx -> work.apply(new Tx(tx)), config(timeout));
		}
		catch (RuntimeException ex) {
			throw translate(ex);
		}
	}

	@Override
	public String describe() {
		return "the Neo4j driver (Bolt)";
	}

	static RuntimeException translate(RuntimeException ex) {
		if (ex instanceof ServiceUnavailableException || ex instanceof SessionExpiredException) {
			return new GraphUnavailableException(ex);
		}
		if (ex instanceof Neo4jException neo4j && neo4j.code() != null
				&& neo4j.code().contains("TransactionTimedOut")) {
			return new QueryTimedOutException(ex);
		}
		return ex;
	}

	private record Tx(TransactionContext tx) implements WriteTx {

		@Override
		public <T> List<T> list(CypherQuery query, Parameters parameters, RowMapper<T> mapper) {
			Result result = this.tx.run(query.text(), parameters.asMap());
			String source = "cypher/" + query.name();
			List<T> rows = result.list(record -> mapper.map(new Row(source, record.asMap())));
			notifications(query, result);
			return rows;
		}

		@Override
		public void run(CypherQuery query, Parameters parameters) {
			Result result = this.tx.run(query.text(), parameters.asMap());
			notifications(query, result);
		}

		@Override
		public void runStatement(String statement) {
			this.tx.run(statement).consume();
		}

		private static void notifications(CypherQuery query, Result result) {
			var summary = result.consume();
			if (Notifications.enabled()) {
				summary.notifications().forEach(n -> Notifications.log(query, n.code(), n.title()));
			}
		}

	}

}
