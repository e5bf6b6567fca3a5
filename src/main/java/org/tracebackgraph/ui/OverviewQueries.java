package org.tracebackgraph.ui;

import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphReader;
import org.tracebackgraph.neo4j.Parameters;

import org.springframework.stereotype.Repository;

/**
 * Reads what the start page shows, in one read transaction.
 */
@Repository
class OverviewQueries {

	private final GraphReader graph;

	private final CypherQuery counts = CypherQuery.load("queries/ui/what-is-loaded");

	private final CypherQuery letters = CypherQuery.load("queries/ui/recent-letters");

	OverviewQueries(GraphReader graph) {
		this.graph = graph;
	}

	Overview overview() {
		return this.graph
			.read(tx -> new Overview(tx.one(this.counts, Parameters.none(), Overview.Counts::of).orElseThrow(),
					tx.list(this.letters, Parameters.of("limit", Overview.LETTERS), Overview.Letter::of)));
	}

}
