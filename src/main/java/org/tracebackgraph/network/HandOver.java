package org.tracebackgraph.network;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.tracebackgraph.neo4j.Row;

/**
 * Traced calls one provider handed to another, in call direction (upstream to
 * downstream).
 *
 * @param from the upstream provider, who handed the calls over
 * @param to the downstream provider, who received them
 * @param calls how many traced calls it handed over
 * @param firstSeen the date of the first of those calls, if known
 * @param lastSeen the date of the last of those calls, if known
 */
@Schema(description = "Traced calls one provider handed to another, in call direction")
record HandOver(String from, String to, long calls, LocalDate firstSeen, LocalDate lastSeen) {

	static HandOver of(Row row) {
		return new HandOver(row.string("from"), row.string("to"), row.longValue("calls"), row.date("firstSeen"),
				row.date("lastSeen"));
	}

}
