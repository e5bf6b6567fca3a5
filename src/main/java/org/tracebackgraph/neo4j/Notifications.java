package org.tracebackgraph.neo4j;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs what the planner says about a query (a cartesian product, an unknown label on an
 * empty graph) at DEBUG, by the query's file name: it is a hint for whoever writes
 * Cypher, not an operational event, and the query's text stays out of the log.
 */
final class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private Notifications() {
	}

	static boolean enabled() {
		return log.isDebugEnabled();
	}

	static void log(CypherQuery query, String code, String title) {
		log.debug("cypher/{}: {} ({})", query.name(), title, code);
	}

}
