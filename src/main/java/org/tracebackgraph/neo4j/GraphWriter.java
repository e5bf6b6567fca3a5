package org.tracebackgraph.neo4j;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;

import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Runs units of write work as managed transactions of the driver, which retries them on
 * transient errors (deadlocks, leader switches) as Neo4j recommends. Everything in one
 * callback commits or rolls back together.
 */
@Component
public class GraphWriter {

	private final Driver driver;

	private final SessionConfig sessionConfig;

	GraphWriter(Driver driver, DatabaseSelectionProvider databaseSelection) {
		this.driver = driver;
		DatabaseSelection selection = databaseSelection.getDatabaseSelection();
		this.sessionConfig = (selection.getValue() != null) ? SessionConfig.forDatabase(selection.getValue())
				: SessionConfig.defaultConfig();
	}

	public <T> T write(TransactionCallback<T> work) {
		try (Session session = this.driver.session(this.sessionConfig)) {
			return session.executeWrite(work);
		}
	}

}
