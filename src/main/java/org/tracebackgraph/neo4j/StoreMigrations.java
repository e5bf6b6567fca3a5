package org.tracebackgraph.neo4j;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites data that an older version of the app stored in another shape, after the
 * schema and before anything reads it. A migration is two files under
 * {@code cypher/migration/}: {@code NNN-name-needed.cypher} answers {@code needed}
 * cheaply, so a store already in shape costs one small read per start;
 * {@code NNN-name.cypher} changes one batch after the key {@code $after} and returns the
 * {@code last} key it read (null when there is no more) and how many nodes it
 * {@code changed}. Batches keep each transaction small on a large store, and a migration
 * stopped halfway goes on at the next start.
 */
final class StoreMigrations {

	private static final Logger log = LoggerFactory.getLogger(StoreMigrations.class);

	private static final int BATCH = 2_000;

	private StoreMigrations() {
	}

	static void apply(GraphBackend backend) {
		apply(backend, BATCH);
	}

	static void apply(GraphBackend backend, int batchSize) {
		for (String name : names()) {
			CypherQuery needed = CypherQuery.load("migration/" + name + "-needed");
			if (!backend.read((tx) -> tx.one(needed, Parameters.none(), (row) -> row.bool("needed")), null)
				.orElse(false)) {
				continue;
			}
			CypherQuery batch = CypherQuery.load("migration/" + name);
			log.info("Migrating the store: {}", name);
			String after = "";
			long changed = 0;
			long batches = 0;
			while (after != null) {
				Parameters parameters = Parameters.of("after", after).and("batch", batchSize);
				Batch done = backend.write((tx) -> tx
					.one(batch, parameters, (row) -> new Batch(row.string("last"), row.longValue("changed")))
					.orElseThrow(), null);
				changed += done.changed();
				after = done.last();
				if (++batches % 100 == 0) {
					log.info("Migrating the store: {}, {} batches, {} nodes changed so far", name, batches, changed);
				}
			}
			log.info("Migrated the store: {} ({} nodes changed)", name, changed);
		}
	}

	static List<String> names() {
		return CypherQuery.namesIn("migration", "-needed.cypher");
	}

	private record Batch(String last, long changed) {

	}

}
