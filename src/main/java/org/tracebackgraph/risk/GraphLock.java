package org.tracebackgraph.risk;

import java.time.Duration;
import java.util.Map;

import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphWriter;

import org.springframework.stereotype.Component;

/**
 * A named lock with a lease, kept in the graph as a {@code (:Lock {name})} node, so that
 * only one of several app instances on one database runs a report at a time. A lease that
 * runs out (a crashed instance) frees the lock for the next taker.
 */
@Component
class GraphLock {

	private final CypherQuery acquire = CypherQuery.load("queries/risk/acquire-lock");

	private final CypherQuery release = CypherQuery.load("queries/risk/release-lock");

	private final GraphWriter writer;

	GraphLock(GraphWriter writer) {
		this.writer = writer;
	}

	/**
	 * @return whether {@code owner} now holds the lock
	 */
	boolean tryAcquire(String name, String owner, Duration lease) {
		return this.writer
			.write(tx -> tx.run(this.acquire.text(), Map.of("name", name, "owner", owner, "lease", lease)).hasNext());
	}

	void release(String name, String owner) {
		this.writer.write(tx -> tx.run(this.release.text(), Map.of("name", name, "owner", owner)).consume());
	}

}
