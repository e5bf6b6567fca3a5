package org.tracebackgraph.neo4j;

import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * A named lock with a lease, kept in the graph as a {@code (:Lock {name})} node, so that
 * only one of several app instances on one database does a job at a time (a risk report,
 * a rebuild). A lease that runs out (a crashed instance) frees the lock for the next
 * taker; times are the database's, so instances with different clocks agree.
 */
@Component
public class GraphLock {

	private final CypherQuery acquire = CypherQuery.load("lock/acquire-lock");

	private final CypherQuery release = CypherQuery.load("lock/release-lock");

	private final GraphWriter writer;

	GraphLock(GraphWriter writer) {
		this.writer = writer;
	}

	/**
	 * @return whether {@code owner} now holds the lock
	 */
	public boolean tryAcquire(String name, String owner, Duration lease) {
		Parameters parameters = Parameters.of("name", name).and("owner", owner).and("lease", lease);
		return this.writer.write(tx -> !tx.list(this.acquire, parameters, row -> row).isEmpty());
	}

	/** Frees the lock if {@code owner} still holds it. */
	public void release(String name, String owner) {
		this.writer.run(this.release, Parameters.of("name", name).and("owner", owner));
	}

}
