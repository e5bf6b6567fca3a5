package org.tracebackgraph.registry;

import java.time.LocalDate;
import java.util.List;

import org.tracebackgraph.neo4j.Row;

/**
 * A provider on illegal routes with a registry flag, and its traced calls in the window.
 */
record FlaggedProvider(String providerId, String name, String country, List<String> flags, long calls,
		LocalDate firstSeen, LocalDate lastSeen, List<String> rmdNumbers) {

	static FlaggedProvider of(Row row) {
		return new FlaggedProvider(row.string("providerId"), row.string("name"), row.string("country"),
				row.strings("flags"), row.longValue("calls"), row.date("firstSeen"), row.date("lastSeen"),
				row.strings("rmdNumbers"));
	}

}
