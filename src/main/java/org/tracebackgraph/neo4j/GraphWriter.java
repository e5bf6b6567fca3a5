package org.tracebackgraph.neo4j;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;

import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Runs units of write work as managed transactions of the driver, which retries them on
 * transient errors (deadlocks, leader switches) as Neo4j recommends. Everything in one
 * callback commits or rolls back together, within the query timeout.
 */
@Component
public class GraphWriter {

	private final Driver driver;

	private final SessionConfig sessionConfig;

	private final TransactionConfig transactionConfig;

	GraphWriter(Driver driver, DatabaseSelectionProvider databaseSelection, QueryLimits limits) {
		this.driver = driver;
		this.transactionConfig = TransactionConfig.builder().withTimeout(limits.queryTimeout()).build();
		DatabaseSelection selection = databaseSelection.getDatabaseSelection();
		this.sessionConfig = (selection.getValue() != null) ? SessionConfig.forDatabase(selection.getValue())
				: SessionConfig.defaultConfig();
	}

	public <T> T write(TransactionCallback<T> work) {
		try (Session session = this.driver.session(this.sessionConfig)) {
			return session.executeWrite(work, this.transactionConfig);
		}
	}

	/**
	 * Like {@link #write} but without the query timeout: for schema changes at start,
	 * where populating an index on a large store may take minutes and no client is
	 * waiting.
	 */
	<T> T writeWithoutTimeout(TransactionCallback<T> work) {
		try (Session session = this.driver.session(this.sessionConfig)) {
			return session.executeWrite(work);
		}
	}

}
