package org.tracebackgraph.neo4j;

/**
 * Queries run in one write transaction: all of them commit together or none does.
 */
public interface WriteTx extends ReadTx {

	/** Runs a write query whose rows are not needed. */
	void run(CypherQuery query, Parameters parameters);

	/** Runs a statement that is not from a file (schema statements, test set-up). */
	void runStatement(String statement);

}
